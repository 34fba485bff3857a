package dk.samspil.localcouncil.council.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the local council; names the field at fault and the value refused. */
public class LocalCouncilRuleViolation extends RuleViolation {

    public LocalCouncilRuleViolation(String field, Object value, String message) {
        super(field, value, message);
    }
}
