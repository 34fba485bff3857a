package dk.samspil.municipality.concern.command;

/** A step that would break a rule of the concern; names the field at fault and, where one value is, the value. */
public class ConcernRuleViolation extends RuntimeException {

    private final String field;
    private final String value;

    public ConcernRuleViolation(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    /** The value at fault, or null when the field as a whole is. */
    public String value() {
        return value;
    }
}
