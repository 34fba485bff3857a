package dk.samspil.municipality.fundingpool.web;

import dk.samspil.platform.web.ApiProblem;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the funding pool's refusals read to a client. */
@RestControllerAdvice(assignableTypes = FundingPoolController.class)
class FundingPoolProblems {

    /** The event store refused a second first event for the pool's id: the pool for that year is open already. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail on(AggregateStreamCreationException e) {
        return ApiProblem.conflict("Puljen for dette regnskabsår er allerede oprettet")
                .with("field", "accountingYear").toProblemDetail();
    }
}
