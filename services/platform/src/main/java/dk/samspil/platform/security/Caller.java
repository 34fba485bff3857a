package dk.samspil.platform.security;

import dk.samspil.contracts.reference.ReferenceData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the validated token says: the subject (a user or machine client), the organisation it acts for
 * and its roles. Roles and organisation types a service does not know are ignored, never guessed.
 */
public record Caller(String subject, OrganisationType organisationType, String organisationCode, Set<Role> roles) {

    public static final String ORGANISATION_TYPE_CLAIM = "org_type";
    public static final String ORGANISATION_CODE_CLAIM = "org_code";
    public static final String ROLES_CLAIM = "roles";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(Jwt token) {
        return new Caller(token.getSubject(), organisationType(token.getClaimAsString(ORGANISATION_TYPE_CLAIM)),
                token.getClaimAsString(ORGANISATION_CODE_CLAIM), roles(token.getClaimAsStringList(ROLES_CLAIM)));
    }

    /** The caller of the current request, if it came with a valid token. */
    public static Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Caller> of(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(of(token.getToken())) : Optional.empty();
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public boolean isMunicipality(String kommunekode) {
        return organisationType == OrganisationType.MUNICIPALITY && kommunekode != null
                && organisationCode != null && normalised(kommunekode).equals(normalised(organisationCode));
    }

    public boolean isDistrictCouncil(String politikredskode) {
        return organisationType == OrganisationType.DISTRICT_COUNCIL && organisationCode != null
                && organisationCode.equals(politikredskode);
    }

    public boolean isLocalCouncil(String localCouncilId) {
        return organisationType == OrganisationType.LOCAL_COUNCIL && organisationCode != null
                && organisationCode.equalsIgnoreCase(localCouncilId);
    }

    /** {@code MUNICIPALITY:0336}, or the type alone for a caller without an organisation. */
    public String organisation() {
        return organisationCode == null ? organisationType.name() : organisationType.name() + ":" + organisationCode;
    }

    private static String normalised(String kommunekode) {
        try {
            return ReferenceData.normaliseKommunekode(kommunekode);
        } catch (RuntimeException notAKommunekode) {
            return kommunekode;
        }
    }

    private static OrganisationType organisationType(String claim) {
        if (claim == null) {
            return OrganisationType.NONE;
        }
        try {
            return OrganisationType.valueOf(claim);
        } catch (IllegalArgumentException unknown) {
            return OrganisationType.NONE;
        }
    }

    private static Set<Role> roles(List<String> claim) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (claim != null) {
            Arrays.stream(Role.values()).filter(role -> claim.contains(role.name())).forEach(roles::add);
        }
        return roles;
    }
}
