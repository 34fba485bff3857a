package dk.samspil.nationalassociation.forum.web;

import dk.samspil.nationalassociation.forum.command.ForumConflictException;
import dk.samspil.nationalassociation.forum.command.ForumItemNotFoundException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the forum's refusals read to a client. */
@RestControllerAdvice(assignableTypes = ForumController.class)
class ForumProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes intet forum med id " + e.getAggregateIdentifier())
                .with("field", "forumId").toProblemDetail();
    }

    @ExceptionHandler(ForumItemNotFoundException.class)
    ProblemDetail on(ForumItemNotFoundException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", e.field()).toProblemDetail();
    }

    @ExceptionHandler(ForumConflictException.class)
    ProblemDetail on(ForumConflictException e) {
        ApiProblem problem = ApiProblem.conflict(e.getMessage())
                .with("currentStatus", e.currentStatus())
                .with("currentStatusLabel", e.currentStatus().label());
        if (e.field() != null) {
            problem.with("field", e.field()).with("value", e.value());
        }
        return problem.toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Forummet blev ændret samtidig af en anden; hent det igen og prøv på ny")
                .toProblemDetail();
    }
}
