package dk.samspil.districtcouncil.council.command;

import dk.samspil.platform.domain.RuleViolation;

/** A step that would break a rule of the district council; names the field at fault and the value refused. */
public class DistrictCouncilRuleViolation extends RuleViolation {

    public DistrictCouncilRuleViolation(String field, String value, String message) {
        super(field, value, message);
    }
}
