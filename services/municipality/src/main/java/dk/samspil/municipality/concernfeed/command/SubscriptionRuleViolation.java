package dk.samspil.municipality.concernfeed.command;

import dk.samspil.platform.domain.RuleViolation;

/** A subscription that would break a rule; names the field at fault and, where there is one, the value. */
public class SubscriptionRuleViolation extends RuleViolation {

    public SubscriptionRuleViolation(String field, String value, String message) {
        super(field, value, message);
    }
}
