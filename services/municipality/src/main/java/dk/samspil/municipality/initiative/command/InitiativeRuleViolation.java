package dk.samspil.municipality.initiative.command;

/** A command that would break a rule of the initiative; names the field at fault. */
public class InitiativeRuleViolation extends RuntimeException {

    private final String field;

    public InitiativeRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
