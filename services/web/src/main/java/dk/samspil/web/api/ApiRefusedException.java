package dk.samspil.web.api;

import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.Optional;

/** A service answered a page's question with an error, or did not answer at all. */
public class ApiRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final Problem problem;

    ApiRefusedException(HttpStatus status, String uriTemplate, Problem problem, Throwable cause) {
        super("GET " + uriTemplate + " answered " + status.value(), cause);
        this.status = status;
        this.problem = problem == null ? Problem.NONE : problem;
    }

    public HttpStatus status() {
        return status;
    }

    /** The service's problem body, when it sent one naming the field at fault. */
    public Problem problem() {
        return problem;
    }

    public boolean isAboutField(String field) {
        return (status == HttpStatus.BAD_REQUEST || status == HttpStatus.UNPROCESSABLE_CONTENT)
                && field.equals(problem.field());
    }

    /** The parts of an RFC 7807 problem body the pages use; {@code validFrom} comes with a refused {@code asOf}. */
    public record Problem(String title, String detail, String field, Instant validFrom) {

        static final Problem NONE = new Problem(null, null, null, null);

        public Optional<Instant> earliestValid() {
            return Optional.ofNullable(validFrom);
        }
    }
}
