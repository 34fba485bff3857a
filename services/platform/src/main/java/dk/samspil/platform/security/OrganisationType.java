package dk.samspil.platform.security;

/** The kind of organisation a token's {@code org_type} claim names; {@link #NONE} for analysts, auditors, operators. */
public enum OrganisationType {
    MUNICIPALITY,
    LOCAL_COUNCIL,
    DISTRICT_COUNCIL,
    NATIONAL_ASSOCIATION,
    NONE
}
