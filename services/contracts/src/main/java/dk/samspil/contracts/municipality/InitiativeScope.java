package dk.samspil.contracts.municipality;

/** The reach of an initiative. */
public enum InitiativeScope {
    /** lokal */
    LOCAL,
    /** bydækkende */
    CITY_WIDE,
    /** akut */
    ACUTE,
    /** tværkommunal */
    CROSS_MUNICIPAL
}
