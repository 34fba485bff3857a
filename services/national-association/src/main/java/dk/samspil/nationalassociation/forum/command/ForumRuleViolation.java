package dk.samspil.nationalassociation.forum.command;

/** A step that would break a rule of the forum; names the field at fault and the value refused. */
public class ForumRuleViolation extends RuntimeException {

    private final String field;
    private final String value;

    public ForumRuleViolation(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
