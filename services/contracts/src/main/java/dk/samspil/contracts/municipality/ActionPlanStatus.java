package dk.samspil.contracts.municipality;

/** Where a two-year action plan (handleplan) stands. */
public enum ActionPlanStatus {
    PROPOSED("foreslået"),
    ADOPTED("vedtaget");

    private final String label;

    ActionPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
