package dk.samspil.contracts.municipality;

/** The three levels of the prevention triangle (forebyggelsestrekanten). */
public enum PreventionLevel {
    /** opbyggende */
    BUILDING,
    /** forebyggende */
    PREVENTIVE,
    /** kriminalitetsforebyggende */
    CRIME_PREVENTIVE
}
