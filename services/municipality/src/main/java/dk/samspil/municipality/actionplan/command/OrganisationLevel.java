package dk.samspil.municipality.actionplan.command;

/** The three levels of the SSP organisation; an action plan names roles at each of them. */
public enum OrganisationLevel {
    STRATEGIC("strategisk niveau"),
    COORDINATING("koordinerende niveau"),
    EXECUTING("udførende niveau");

    private final String label;

    OrganisationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
