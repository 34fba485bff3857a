package dk.samspil.municipality.concern.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the concern; names the field at fault and, where one value is, the value. */
public class ConcernRuleViolation extends RuleViolation {

    public ConcernRuleViolation(String field, String value, String message) {
        super(field, value, message);
    }
}
