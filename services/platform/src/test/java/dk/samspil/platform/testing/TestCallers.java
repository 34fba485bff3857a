package dk.samspil.platform.testing;

import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Callers for tests: typical members of each organisation, and the one a functional API test acts as by default for a
 * path (the staff of the organisation the path names), so scenario tests read as before and authorisation has its own tests.
 */
public final class TestCallers {

    public static final String NATIONAL_ASSOCIATION = "SSP-SAMRAADET";
    private static final Pattern ORGANISATION_PATH = Pattern.compile("^/api/(municipalities|districts|local-councils)/([^/?]+)");

    private TestCallers() {
    }

    public static Caller municipalityStaff(String kommunekode) {
        return new Caller("ssp-" + kommunekode, OrganisationType.MUNICIPALITY, kommunekode, Role.MUNICIPAL_STAFF);
    }

    public static Caller municipality(String kommunekode, Role role) {
        return new Caller(role.name().toLowerCase() + "-" + kommunekode, OrganisationType.MUNICIPALITY, kommunekode, Set.of(role));
    }

    public static Caller districtCouncil(String politikredskode) {
        return new Caller("kreds-" + politikredskode, OrganisationType.DISTRICT_COUNCIL, politikredskode, Role.DISTRICT_COUNCIL);
    }

    public static Caller localCouncil(String localCouncilId) {
        return new Caller("lokalraad-" + localCouncilId, OrganisationType.LOCAL_COUNCIL, localCouncilId,
                EnumSet.of(Role.LOCAL_COUNCIL_MEMBER));
    }

    public static Caller nationalSecretariat() {
        return new Caller("sekretariat", OrganisationType.NATIONAL_ASSOCIATION, NATIONAL_ASSOCIATION, Role.NATIONAL);
    }

    /** Analyst, auditor or operator: no organisation. */
    public static Caller withoutOrganisation(Role role) {
        return new Caller(role.name().toLowerCase(), OrganisationType.NONE, null, EnumSet.of(role));
    }

    /** Who a functional test acts as on this path; empty where the test must say (e.g. a concern by id). */
    public static Optional<Caller> defaultFor(String path) {
        Matcher organisation = ORGANISATION_PATH.matcher(path);
        if (organisation.find()) {
            String code = organisation.group(2);
            return Optional.of(switch (organisation.group(1)) {
                case "municipalities" -> municipalityStaff(code);
                case "districts" -> districtCouncil(code);
                default -> localCouncil(code);
            });
        }
        if (path.startsWith("/api/national/") || path.startsWith("/api/personal-data/")) {
            return Optional.of(nationalSecretariat());
        }
        if (path.startsWith("/api/initiatives/")) {
            return Optional.of(municipalityStaff("0336"));
        }
        if (path.startsWith("/api/audit")) {
            return Optional.of(withoutOrganisation(Role.AUDITOR));
        }
        if (path.startsWith("/actuator/") && !path.startsWith("/actuator/health")) {
            return Optional.of(withoutOrganisation(Role.OPERATOR));
        }
        return Optional.empty();
    }
}
