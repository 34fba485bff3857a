package dk.samspil.identity;

/** Names of the claims Samspil adds to the standard ones; the gateway and the services read these. */
public final class SamspilClaims {

    /** An {@link OrganisationType} name. */
    public static final String ORG_TYPE = "org_type";
    /** The organisation's code (kommunekode, LR-id, politikredskode, {@code SSP-SAMRAADET}); absent for NONE. */
    public static final String ORG_CODE = "org_code";
    /** A list of {@link Role} names. */
    public static final String ROLES = "roles";
    /** The person's full name, in ID tokens only: for the UI to greet with. */
    public static final String NAME = "name";

    private SamspilClaims() {
    }
}
