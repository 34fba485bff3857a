package dk.samspil.municipality.actionplan.command;

/** A step that would break a rule of the action plan; names the field at fault. */
public class ActionPlanRuleViolation extends RuntimeException {

    private final String field;

    public ActionPlanRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
