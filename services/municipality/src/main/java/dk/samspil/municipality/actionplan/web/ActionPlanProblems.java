package dk.samspil.municipality.actionplan.web;

import dk.samspil.municipality.actionplan.command.ActionPlanNotFoundException;
import dk.samspil.municipality.actionplan.command.ActionPlanTransitionException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the action plan's refusals read to a client. */
@RestControllerAdvice(assignableTypes = ActionPlanController.class)
class ActionPlanProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes ingen handleplan med id " + e.getAggregateIdentifier())
                .with("field", "actionPlanId").toProblemDetail();
    }

    @ExceptionHandler(ActionPlanNotFoundException.class)
    ProblemDetail on(ActionPlanNotFoundException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", "actionPlanId").toProblemDetail();
    }

    @ExceptionHandler(ActionPlanTransitionException.class)
    ProblemDetail on(ActionPlanTransitionException e) {
        return ApiProblem.conflict(e.getMessage()).with("currentStatus", e.currentStatus()).toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Handleplanen blev ændret samtidig af en anden; hent den igen og prøv på ny")
                .toProblemDetail();
    }
}
