package dk.samspil.contracts.localcouncil;

/** How far a local council has come with a district-council decision assigned to it. */
public enum DecisionImplementationStatus {
    PLANNED("planlagt"),
    IN_PROGRESS("i gang"),
    DONE("gennemført");

    private final String label;

    DecisionImplementationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
