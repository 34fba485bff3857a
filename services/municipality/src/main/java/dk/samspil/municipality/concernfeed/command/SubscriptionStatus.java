package dk.samspil.municipality.concernfeed.command;

public enum SubscriptionStatus {
    ACTIVE("aktiv"),
    CANCELLED("opsagt");

    private final String label;

    SubscriptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
