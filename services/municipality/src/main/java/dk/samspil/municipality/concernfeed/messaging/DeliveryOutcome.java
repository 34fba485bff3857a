package dk.samspil.municipality.concernfeed.messaging;

public enum DeliveryOutcome {
    PENDING("afventer"),
    DELIVERED("leveret"),
    GAVE_UP("opgivet");

    private final String label;

    DeliveryOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
