package dk.samspil.gateway;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the gateway refuses itself (too many, too large): the problem to answer with and any headers that go
 * with it, such as {@code Retry-After}. {@link ProblemJsonExceptionHandler} writes it.
 */
final class RefusedRequest extends ErrorResponseException {

    RefusedRequest(ProblemDetail problem) {
        super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
    }

    RefusedRequest withHeader(String name, String value) {
        getHeaders().set(name, value);
        return this;
    }

    /** A refusal is an answer, not a failure: a flood of them should not pay for stack traces. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
