package dk.samspil.nationalassociation.project.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the project; names the field at fault and the value refused. */
public class ProjectRuleViolation extends RuleViolation {

    public ProjectRuleViolation(String field, String value, String message) {
        super(field, value, message);
    }
}
