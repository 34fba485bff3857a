package dk.samspil.contracts.municipality;

/** The three levels of the prevention triangle (forebyggelsestrekanten). */
public enum PreventionLevel {
    BUILDING("opbyggende"),
    PREVENTIVE("forebyggende"),
    CRIME_PREVENTIVE("kriminalitetsforebyggende");

    private final String label;

    PreventionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
