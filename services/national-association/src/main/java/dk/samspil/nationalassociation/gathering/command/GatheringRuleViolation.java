package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the gathering; names the field at fault and the value refused. */
public class GatheringRuleViolation extends RuleViolation {

    public GatheringRuleViolation(String field, Object value, String message) {
        super(field, value, message);
    }
}
