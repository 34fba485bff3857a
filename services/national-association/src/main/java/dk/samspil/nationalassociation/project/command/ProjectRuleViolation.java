package dk.samspil.nationalassociation.project.command;

/** A step that would break a rule of the project; names the field at fault and the value refused. */
public class ProjectRuleViolation extends RuntimeException {

    private final String field;
    private final String value;

    public ProjectRuleViolation(String field, String value, String message) {
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
