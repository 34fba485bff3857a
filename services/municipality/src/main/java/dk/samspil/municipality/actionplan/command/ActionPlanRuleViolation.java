package dk.samspil.municipality.actionplan.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the action plan; names the field at fault. */
public class ActionPlanRuleViolation extends RuleViolation {

    public ActionPlanRuleViolation(String field, String message) {
        super(field, message);
    }
}
