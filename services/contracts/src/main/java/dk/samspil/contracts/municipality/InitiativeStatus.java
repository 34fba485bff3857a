package dk.samspil.contracts.municipality;

/** Where an initiative stands in its life. */
public enum InitiativeStatus {
    /** registreret */
    REGISTERED,
    /** godkendt af SSP-ledergruppen */
    APPROVED
}
