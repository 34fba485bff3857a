package dk.samspil.nationalassociation.project.web;

import dk.samspil.nationalassociation.project.command.ProjectItemNotFoundException;
import dk.samspil.nationalassociation.project.command.ProjectTransitionException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the project's refusals read to a client. */
@RestControllerAdvice(assignableTypes = {ProjectController.class, GrantController.class,
        PilotMunicipalityController.class, MilestoneController.class})
class ProjectProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes intet projekt med id " + e.getAggregateIdentifier())
                .with("field", "projectId").toProblemDetail();
    }

    @ExceptionHandler(ProjectItemNotFoundException.class)
    ProblemDetail on(ProjectItemNotFoundException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", e.field()).toProblemDetail();
    }

    @ExceptionHandler(ProjectTransitionException.class)
    ProblemDetail on(ProjectTransitionException e) {
        return ApiProblem.conflict(e.getMessage())
                .with("currentStatus", e.currentStatus().name())
                .with("currentStatusLabel", e.currentStatus().label())
                .toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Projektet blev ændret samtidig af en anden; hent det igen og prøv på ny")
                .toProblemDetail();
    }
}
