package dk.samspil.localcouncil.council.command;

/** A step that would break a rule of the local council; names the field at fault and the value refused. */
public class LocalCouncilRuleViolation extends RuntimeException {

    private final String field;
    private final Object value;

    public LocalCouncilRuleViolation(String field, Object value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }
}
