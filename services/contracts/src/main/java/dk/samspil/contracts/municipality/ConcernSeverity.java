package dk.samspil.contracts.municipality;

/** How urgent a concern is; a subscription's minimum severity compares in this order. */
public enum ConcernSeverity {
    INFO("til orientering"),
    WATCH("skærpet opmærksomhed"),
    ALERT("alarm");

    private final String label;

    ConcernSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAtLeast(ConcernSeverity minimum) {
        return compareTo(minimum) >= 0;
    }
}
