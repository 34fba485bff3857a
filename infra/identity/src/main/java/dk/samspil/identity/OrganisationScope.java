package dk.samspil.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;

/**
 * The scope {@code organisation:<TYPE>:<CODE>} with which a machine client that acts for any organisation (the demo
 * loader) asks for a token for one of them. Such a token carries that organisation and the roles of its staff.
 */
public record OrganisationScope(Organisation organisation) {

    public static final String PREFIX = "organisation:";
    /** The one national association; its code is fixed. */
    static final String NATIONAL_ASSOCIATION_CODE = "SSP-SAMRAADET";

    public OrganisationScope {
        if (!organisation.type().hasCode()) {
            throw new IllegalArgumentException("An organisation scope names an organisation with a code, not " + organisation.type());
        }
    }

    public static boolean isOrganisationScope(String scope) {
        return scope.startsWith(PREFIX);
    }

    /** The scope {@code organisation:MUNICIPALITY:0336}, or empty when {@code scope} has another form. */
    public static Optional<OrganisationScope> parse(String scope) {
        if (!isOrganisationScope(scope)) {
            return Optional.empty();
        }
        String[] typeAndCode = scope.substring(PREFIX.length()).split(":", 2);
        if (typeAndCode.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OrganisationScope(
                    new Organisation(OrganisationType.valueOf(typeAndCode[0]), typeAndCode[1])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The organisation scope among a token's scopes, if there is one. */
    public static Optional<OrganisationScope> in(Collection<String> scopes) {
        return scopes.stream().map(OrganisationScope::parse).flatMap(Optional::stream).findFirst();
    }

    /** The scope of every organisation in the reference data: each municipality, local council and district council, and SSP-Samrådet. */
    public static List<String> all() {
        List<String> scopes = new ArrayList<>();
        ReferenceData reference = ReferenceData.instance();
        for (Municipality municipality : reference.municipalities()) {
            scopes.add(of(OrganisationType.MUNICIPALITY, municipality.code()));
        }
        for (LocalCouncil council : LocalCouncils.defaults().all()) {
            scopes.add(of(OrganisationType.LOCAL_COUNCIL, council.id()));
        }
        for (PoliceDistrict district : reference.districts()) {
            scopes.add(of(OrganisationType.DISTRICT_COUNCIL, district.code()));
        }
        scopes.add(of(OrganisationType.NATIONAL_ASSOCIATION, NATIONAL_ASSOCIATION_CODE));
        return scopes;
    }

    public String value() {
        return PREFIX + organisation.type().name() + ":" + organisation.code();
    }

    /** The organisation with the roles of its staff (not the national board's, nor a DPO's). */
    public Membership staffMembership() {
        List<Role> roles = switch (organisation.type()) {
            case MUNICIPALITY -> List.of(Role.SSP_CONSULTANT, Role.SSP_LEADER_GROUP, Role.SSP_SECRETARIAT);
            case LOCAL_COUNCIL -> List.of(Role.LOCAL_COUNCIL_MEMBER);
            case DISTRICT_COUNCIL -> List.of(Role.DISTRICT_COUNCIL_MEMBER, Role.DISTRICT_SECRETARIAT);
            case NATIONAL_ASSOCIATION -> List.of(Role.NATIONAL_SECRETARIAT);
            case NONE -> throw new IllegalStateException("no organisation scope for " + organisation.type());
        };
        return new Membership(organisation, roles);
    }

    private static String of(OrganisationType type, String code) {
        return new OrganisationScope(new Organisation(type, code)).value();
    }
}
