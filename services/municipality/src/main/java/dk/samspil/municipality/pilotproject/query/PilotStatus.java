package dk.samspil.municipality.pilotproject.query;

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
}
