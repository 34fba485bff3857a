package dk.samspil.identity;

import static dk.samspil.identity.OrganisationType.DISTRICT_COUNCIL;
import static dk.samspil.identity.OrganisationType.LOCAL_COUNCIL;
import static dk.samspil.identity.OrganisationType.MUNICIPALITY;
import static dk.samspil.identity.OrganisationType.NATIONAL_ASSOCIATION;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user or machine client may do in Samspil, always within its organisation (the {@code roles} claim).
 * Most roles belong to one type of organisation; analyst, auditor, operator and DPO to any.
 */
public enum Role {
    SSP_CONSULTANT("SSP-konsulent", MUNICIPALITY),
    SSP_LEADER_GROUP("SSP-ledergruppe", MUNICIPALITY),
    SSP_SECRETARIAT("SSP-sekretariat", MUNICIPALITY),
    LOCAL_COUNCIL_MEMBER("medlem af lokalrådet", LOCAL_COUNCIL),
    DISTRICT_COUNCIL_MEMBER("medlem af kredsrådet", DISTRICT_COUNCIL),
    DISTRICT_SECRETARIAT("kredsrådets sekretariat", DISTRICT_COUNCIL),
    NATIONAL_SECRETARIAT("SSP-Samrådets sekretariat", NATIONAL_ASSOCIATION),
    NATIONAL_BOARD("SSP-Samrådets bestyrelse", NATIONAL_ASSOCIATION),
    ANALYST("analytiker"),
    AUDITOR("revisor"),
    OPERATOR("driftsansvarlig"),
    DPO("databeskyttelsesrådgiver");

    private final String label;
    private final Set<OrganisationType> organisationTypes;

    Role(String label, OrganisationType... organisationTypes) {
        this.label = label;
        this.organisationTypes = organisationTypes.length == 0
                ? EnumSet.allOf(OrganisationType.class)
                : EnumSet.of(organisationTypes[0], organisationTypes);
    }

    public String label() {
        return label;
    }

    public boolean fits(OrganisationType organisationType) {
        return organisationTypes.contains(organisationType);
    }
}
