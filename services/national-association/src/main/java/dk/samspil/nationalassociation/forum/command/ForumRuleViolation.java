package dk.samspil.nationalassociation.forum.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the forum; names the field at fault and the value refused. */
public class ForumRuleViolation extends RuleViolation {

    public ForumRuleViolation(String field, String value, String message) {
        super(field, value, message);
    }
}
