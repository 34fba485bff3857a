package dk.samspil.municipality.initiative.command;

import dk.samspil.platform.domain.RuleViolation;

/** A command that would break a rule of the initiative; names the field at fault. */
public class InitiativeRuleViolation extends RuleViolation {

    public InitiativeRuleViolation(String field, String message) {
        super(field, message);
    }
}
