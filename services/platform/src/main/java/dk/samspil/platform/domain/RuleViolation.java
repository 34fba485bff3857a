package dk.samspil.platform.domain;

/**
 * A command that would break a rule of an aggregate: names the field at fault and, where one value is, the value.
 * Each aggregate has its own subtype; the platform answers every one as 422 (see {@code ProblemResponses}).
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final Object value;

    public RuleViolation(String field, Object value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public RuleViolation(String field, String message) {
        this(field, null, message);
    }

    public String field() {
        return field;
    }

    /** The value at fault, or null when the field as a whole is. */
    public Object value() {
        return value;
    }
}
