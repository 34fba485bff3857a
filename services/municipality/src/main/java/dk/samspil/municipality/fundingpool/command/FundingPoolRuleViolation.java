package dk.samspil.municipality.fundingpool.command;

/** A step that would break a rule of the funding pool; names the field at fault. */
public class FundingPoolRuleViolation extends RuntimeException {

    private final String field;

    public FundingPoolRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
