package dk.samspil.local.tokens;

/** The kinds of organisation the demo client can get a token for (the identity provider's {@code org_type}). */
public enum OrganisationType {
    /** Code: the kommunekode, {@code 0336}. */
    MUNICIPALITY,
    /** Code: the local council's id, {@code LR-0336}. */
    LOCAL_COUNCIL,
    /** Code: the politikredskode, {@code 1467}. */
    DISTRICT_COUNCIL,
    /** Code: {@code SSP-SAMRAADET}. */
    NATIONAL_ASSOCIATION
}
