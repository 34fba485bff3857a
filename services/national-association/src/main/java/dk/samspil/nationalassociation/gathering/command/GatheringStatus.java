package dk.samspil.nationalassociation.gathering.command;

/** planned → held, or planned → cancelled; held and cancelled are final. */
public enum GatheringStatus {
    PLANNED("planlagt"),
    HELD("afholdt"),
    CANCELLED("aflyst");

    private final String label;

    GatheringStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
