package dk.samspil.web.signin;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;
import java.util.Set;

/**
 * The person behind a page request, as the token the gateway relayed says: their name, the organisation they act for
 * and their roles. Which pages a user is offered follows from here; what they may see is still the services' call.
 */
public record SignedInUser(String name, Caller caller, String accessToken) {

    private static final String NAME_CLAIM = "name";

    public static Optional<SignedInUser> of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        Caller caller = Caller.of(token.getToken());
        String name = token.getToken().getClaimAsString(NAME_CLAIM);
        return Optional.of(new SignedInUser(name == null ? caller.subject() : name, caller,
                token.getToken().getTokenValue()));
    }

    public boolean hasAny(Set<Role> roles) {
        return caller.hasAny(roles);
    }

    /** The district council this user sits on or works for, if any. */
    public Optional<String> districtCouncil() {
        return caller.organisationType() == OrganisationType.DISTRICT_COUNCIL
                ? Optional.ofNullable(caller.organisationCode()) : Optional.empty();
    }

    /** The local council this user sits on, if any. */
    public Optional<String> localCouncil() {
        return caller.organisationType() == OrganisationType.LOCAL_COUNCIL
                ? Optional.ofNullable(caller.organisationCode()) : Optional.empty();
    }

    /** The municipality this user works in, if any. */
    public Optional<String> municipality() {
        return caller.organisationType() == OrganisationType.MUNICIPALITY
                ? Optional.ofNullable(caller.organisationCode()) : Optional.empty();
    }

    /**
     * The police district whose dashboard this user follows: their district council's, or their municipality's when
     * they are its SSP staff (the municipality's DPO is not).
     */
    public Optional<String> followedDistrict() {
        if (districtCouncil().isPresent()) {
            return districtCouncil();
        }
        return municipality().filter(code -> hasAny(Role.MUNICIPAL_STAFF))
                .flatMap(code -> ReferenceData.instance().findMunicipality(code))
                .map(municipality -> municipality.districtCode());
    }

    /** The secretariat, the board and analysts see the whole country; district councils compare themselves with it. */
    public boolean seesTheNationalPicture() {
        return hasAny(Set.of(Role.NATIONAL_SECRETARIAT, Role.NATIONAL_BOARD, Role.ANALYST,
                Role.DISTRICT_COUNCIL_MEMBER, Role.DISTRICT_SECRETARIAT));
    }
}
