package dk.samspil.platform.kafka;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import dk.samspil.platform.domain.RuleViolation;
import org.bson.BSONException;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.core.JacksonException;

/**
 * A failure to apply a record that the same record will meet again however often it is tried: it cannot be read
 * (JSON), it breaks a rule or a constraint, an argument is illegal, or the store refuses to write it (a theme with a
 * NUL cannot be a MongoDB field name). Anything else, a store that does not answer above all, may pass: the consumer
 * backs off and tries again for as long as it takes.
 */
final class DeterministicFailures {

    private DeterministicFailures() {
    }

    /** Whether {@code failure}, or anything that caused it, is one of those. */
    static boolean isDeterministic(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException || cause instanceof RuleViolation
                    || cause instanceof IllegalArgumentException || cause instanceof BSONException
                    || cause instanceof DataIntegrityViolationException || isRefusedWrite(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefusedWrite(Throwable cause) {
        return cause instanceof MongoWriteException refused
                && ErrorCategory.fromErrorCode(refused.getError().getCode()) != ErrorCategory.EXECUTION_TIMEOUT;
    }
}
