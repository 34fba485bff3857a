package dk.samspil.contracts.municipality;

/** The criteria the secretariat checks, and records, when it approves an initiative's budget. */
public enum FundingCriterion {
    TWO_SSP_PARTIES("mindst to SSP-parter blandt samarbejdspartnerne"),
    CITY_WIDE_COVERAGE("en bydækkende indsats dækker mere end ét lokalområde"),
    KNOWLEDGE_BASED_METHOD("mindst én vidensbaseret metode");

    private final String label;

    FundingCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
