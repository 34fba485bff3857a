package dk.samspil.contracts.national;

/** What a pilot municipality does in a national project. */
public enum PilotMunicipalityRole {
    CO_DEVELOPER("medudvikler"),
    PILOT("afprøvningskommune");

    private final String label;

    PilotMunicipalityRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
