package dk.samspil.contracts.municipality;

/** Where an initiative stands in its life, from application to final accounts. */
public enum InitiativeStatus {
    DRAFT("kladde"),
    SUBMITTED("indsendt"),
    APPROVED("godkendt af SSP-ledergruppen"),
    REJECTED("afvist"),
    BUDGET_APPROVED("budget godkendt"),
    APPROVED_WITHOUT_FUNDING("godkendt uden midler"),
    ACTIVE("i gang"),
    PAUSED("sat på pause"),
    COMPLETED("afsluttet"),
    WITHDRAWN("trukket tilbage");

    private final String label;

    InitiativeStatus(String label) {
        this.label = label;
    }

    /** The Danish label shown to users. */
    public String label() {
        return label;
    }
}
