package dk.samspil.web.api;

import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service answered a page's question with an error, or did not answer at all. */
public class ApiRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final Problem problem;

    ApiRefusedException(HttpStatus status, String call, Problem problem, Throwable cause) {
        super(call + " answered " + status.value(), cause);
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

    /**
     * The parts of an RFC 7807 problem body the pages use: {@code errors} names each refused field of a form,
     * {@code field} the one a rule refused, {@code currentStatus} what a conflict found, {@code validFrom} the first
     * day a refused {@code asOf} could have been.
     */
    public record Problem(String title, String detail, String field, List<FieldError> errors, String currentStatus,
                          Instant validFrom) {

        static final Problem NONE = new Problem(null, null, null, null, null, null);

        public Optional<Instant> earliestValid() {
            return Optional.ofNullable(validFrom);
        }

        /** Field → message, in the order the service gave them; a rule's refusal names its one field. */
        public Map<String, String> fieldMessages() {
            Map<String, String> messages = new LinkedHashMap<>();
            if (errors != null) {
                errors.forEach(error -> messages.putIfAbsent(error.field(), error.message()));
            } else if (field != null) {
                messages.put(field, detail);
            }
            return messages;
        }
    }

    public record FieldError(String field, String message) {
    }
}
