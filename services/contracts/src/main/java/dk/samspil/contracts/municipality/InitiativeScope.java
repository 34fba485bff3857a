package dk.samspil.contracts.municipality;

/** The reach of an initiative. */
public enum InitiativeScope {
    LOCAL("lokal"),
    CITY_WIDE("bydækkende"),
    ACUTE("akut"),
    CROSS_MUNICIPAL("tværkommunal");

    private final String label;

    InitiativeScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
