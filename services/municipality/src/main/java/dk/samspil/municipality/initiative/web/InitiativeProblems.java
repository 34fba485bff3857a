package dk.samspil.municipality.initiative.web;

import dk.samspil.municipality.fundingpool.command.InsufficientFundsException;
import dk.samspil.municipality.initiative.command.InitiativeNotFoundException;
import dk.samspil.municipality.initiative.command.InitiativeTransitionException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the initiative's refusals read to a client. */
@RestControllerAdvice(assignableTypes = {InitiativeController.class, InitiativeStepController.class})
class InitiativeProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes ingen indsats med id " + e.getAggregateIdentifier())
                .with("field", "initiativeId").toProblemDetail();
    }

    @ExceptionHandler(InitiativeNotFoundException.class)
    ProblemDetail on(InitiativeNotFoundException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", "initiativeId").toProblemDetail();
    }

    @ExceptionHandler(InitiativeTransitionException.class)
    ProblemDetail on(InitiativeTransitionException e) {
        return ApiProblem.conflict(e.getMessage()).with("currentStatus", e.currentStatus()).toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Indsatsen blev ændret samtidig af en anden; hent den igen og prøv på ny").toProblemDetail();
    }

    @ExceptionHandler(InsufficientFundsException.class)
    ProblemDetail on(InsufficientFundsException e) {
        return ApiProblem.unprocessable("accountingYear", e.getMessage()).with("remaining", e.remaining()).toProblemDetail();
    }
}
