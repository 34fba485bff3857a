package dk.samspil.municipality.fundingpool.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the funding pool; names the field at fault. */
public class FundingPoolRuleViolation extends RuleViolation {

    public FundingPoolRuleViolation(String field, String message) {
        super(field, message);
    }
}
