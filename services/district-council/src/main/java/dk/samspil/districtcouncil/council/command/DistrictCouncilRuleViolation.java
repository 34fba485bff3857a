package dk.samspil.districtcouncil.council.command;

/** A step that would break a rule of the district council; names the field at fault and the value refused. */
public class DistrictCouncilRuleViolation extends RuntimeException {

    private final String field;
    private final String value;

    public DistrictCouncilRuleViolation(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
