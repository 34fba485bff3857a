package dk.samspil.contracts.national;

/** A municipality's part in a national project: invited → joined → left (and invited again after leaving). */
public enum PilotStatus {
    INVITED("inviteret"),
    JOINED("deltager"),
    LEFT("udtrådt");

    private final String label;

    PilotStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Invited or joined: the municipality counts as a pilot municipality of the project. */
    public boolean takesPart() {
        return this != LEFT;
    }
}
