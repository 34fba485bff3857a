package dk.samspil.contracts.municipality;

/** A party an initiative works with; the first three are the SSP parties themselves. */
public enum Partner {
    SCHOOL("skole", true),
    SOCIAL_SERVICES("socialforvaltning", true),
    POLICE("politi", true),
    YOUTH_EDUCATION("ungdomsuddannelse", false),
    EMPLOYMENT("beskæftigelse", false),
    HEALTH_PSYCHIATRY("sundhed og psykiatri", false),
    CLUBS_LEISURE("klubber og fritid", false),
    HOUSING("boligområde", false),
    CIVIL_SOCIETY("civilsamfund", false),
    OTHER_MUNICIPALITY("anden kommune", false);

    private final String label;
    private final boolean sspParty;

    Partner(String label, boolean sspParty) {
        this.label = label;
        this.sspParty = sspParty;
    }

    public String label() {
        return label;
    }

    /** Skole, socialforvaltning or politi: the funding criteria ask for at least two of them. */
    public boolean isSspParty() {
        return sspParty;
    }
}
