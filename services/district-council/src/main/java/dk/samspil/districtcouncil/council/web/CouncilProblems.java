package dk.samspil.districtcouncil.council.web;

import dk.samspil.districtcouncil.council.command.CooperationPlanTransitionException;
import dk.samspil.districtcouncil.council.command.CouncilItemNotFoundException;
import dk.samspil.districtcouncil.council.command.DecisionAlreadyAssignedException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the district council's refusals read to a client. */
@RestControllerAdvice(assignableTypes = {CouncilController.class, CooperationPlanController.class,
        MeetingController.class})
class CouncilProblems {

    @ExceptionHandler(CouncilItemNotFoundException.class)
    ProblemDetail on(CouncilItemNotFoundException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", e.field()).toProblemDetail();
    }

    @ExceptionHandler(CooperationPlanTransitionException.class)
    ProblemDetail on(CooperationPlanTransitionException e) {
        return ApiProblem.conflict(e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("currentStatusLabel", e.currentStatus().label())
                .toProblemDetail();
    }

    @ExceptionHandler(DecisionAlreadyAssignedException.class)
    ProblemDetail on(DecisionAlreadyAssignedException e) {
        return ApiProblem.conflict(e.getMessage()).with("field", "localCouncilIds")
                .with("assignedLocalCouncilIds", e.assignedLocalCouncilIds()).toProblemDetail();
    }

    /** Two first steps of a council at once, or a step on a council changed meanwhile: the other one won. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail onConcurrentChange(RuntimeException e) {
        return ApiProblem.conflict("Kredsrådet blev ændret samtidig af en anden; hent det igen og prøv på ny")
                .toProblemDetail();
    }
}
