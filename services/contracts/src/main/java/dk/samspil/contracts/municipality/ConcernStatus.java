package dk.samspil.contracts.municipality;

/** Where a concern stands. Raised and escalated concerns are open. */
public enum ConcernStatus {
    RAISED("rejst"),
    ESCALATED("eskaleret"),
    RESOLVED("løst");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
