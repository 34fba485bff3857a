package dk.samspil.municipality.concernfeed.command;

/** A subscription that would break a rule; names the field at fault and, where there is one, the value. */
public class SubscriptionRuleViolation extends RuntimeException {

    private final String field;
    private final String value;

    public SubscriptionRuleViolation(String field, String value, String message) {
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
