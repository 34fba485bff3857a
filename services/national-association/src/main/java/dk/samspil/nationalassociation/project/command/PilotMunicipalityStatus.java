package dk.samspil.nationalassociation.project.command;

/** invited → joined → left. */
public enum PilotMunicipalityStatus implements StatusWithLabel {
    INVITED("inviteret"),
    JOINED("deltager"),
    LEFT("udtrådt");

    private final String label;

    PilotMunicipalityStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
