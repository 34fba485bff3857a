package dk.samspil.municipality.concernfeed.web;

import dk.samspil.contracts.reference.UnknownThemeException;
import dk.samspil.municipality.concernfeed.command.SubscriptionCancelledException;
import dk.samspil.municipality.concernfeed.command.SubscriptionNotFoundException;
import dk.samspil.municipality.concernfeed.messaging.InvalidWebhookUrlException;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the subscriptions' and the feed's refusals read to a client. */
@RestControllerAdvice(assignableTypes = {ConcernSubscriptionController.class, ConcernFeedController.class})
class ConcernFeedProblems {

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail on(AggregateNotFoundException e) {
        return ApiProblem.notFound("Der findes intet abonnement med id " + e.getAggregateIdentifier())
                .with("field", "subscriptionId").toProblemDetail();
    }

    @ExceptionHandler(SubscriptionNotFoundException.class)
    ProblemDetail on(SubscriptionNotFoundException e) {
        return ApiProblem.notFound(e.getMessage()).with("field", "subscriptionId").toProblemDetail();
    }

    @ExceptionHandler(SubscriptionCancelledException.class)
    ProblemDetail on(SubscriptionCancelledException e) {
        return ApiProblem.conflict(e.getMessage()).with("currentStatus", e.currentStatus())
                .with("currentStatusLabel", e.currentStatus().label()).toProblemDetail();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail on(ConcurrencyException e) {
        return ApiProblem.conflict("Abonnementet blev ændret samtidig af en anden; hent det igen og prøv på ny")
                .toProblemDetail();
    }

    @ExceptionHandler(UnknownThemeException.class)
    ProblemDetail on(UnknownThemeException e) {
        return ApiProblem.unprocessable("themes", e.getMessage()).with("value", e.value()).toProblemDetail();
    }

    @ExceptionHandler(InvalidWebhookUrlException.class)
    ProblemDetail on(InvalidWebhookUrlException e) {
        return ApiProblem.unprocessable("webhookUrl", e.getMessage()).with("value", e.value()).toProblemDetail();
    }
}
