package dk.samspil.nationalassociation.gathering.web;

import dk.samspil.nationalassociation.gathering.command.GatheringTransitionException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the gathering's refusals read to a client. */
@RestControllerAdvice(assignableTypes = GatheringController.class)
class GatheringProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes intet arrangement med id " + e.getAggregateIdentifier())
                .with("field", "gatheringId").toProblemDetail();
    }

    @ExceptionHandler(GatheringTransitionException.class)
    ProblemDetail on(GatheringTransitionException e) {
        return ApiProblem.conflict(e.getMessage())
                .with("currentStatus", e.currentStatus().name())
                .with("currentStatusLabel", e.currentStatus().label())
                .toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Arrangementet blev ændret samtidig af en anden; hent det igen og prøv på ny")
                .toProblemDetail();
    }
}
