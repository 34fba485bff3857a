package dk.samspil.localcouncil.council.web;

import dk.samspil.localcouncil.council.command.DecisionNotAssignedException;
import dk.samspil.localcouncil.council.command.DecisionTransitionException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the local council's refusals read to a client. */
@RestControllerAdvice(assignableTypes = {LocalActivityController.class, LocalReportController.class,
        AssignedDecisionController.class})
class LocalCouncilProblems {

    @ExceptionHandler(DecisionNotAssignedException.class)
    ProblemDetail on(DecisionNotAssignedException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", "decisionId").toProblemDetail();
    }

    @ExceptionHandler(DecisionTransitionException.class)
    ProblemDetail on(DecisionTransitionException e) {
        return ApiProblem.conflict(e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("currentStatusLabel", e.currentStatus().label())
                .toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Lokalrådet blev ændret samtidig af en anden; prøv igen").toProblemDetail();
    }
}
