package dk.samspil.platform.security;

import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.platform.testing.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTest {

    private final Access access = new Access(LocalCouncils.defaults());

    @Test
    void municipal_staff_act_for_their_own_municipality_only() {
        AccessRule rule = access.municipality("kommunekode", Role.MUNICIPAL_STAFF);
        assertThat(grants(rule, TestCallers.municipalityStaff("0336"), Map.of("kommunekode", "0336"))).isTrue();
        assertThat(grants(rule, TestCallers.municipalityStaff("0336"), Map.of("kommunekode", "336"))).isTrue();
        assertThat(grants(rule, TestCallers.municipalityStaff("0336"), Map.of("kommunekode", "0259"))).isFalse();
        assertThat(grants(rule, TestCallers.municipality("0336", Role.DPO), Map.of("kommunekode", "0336"))).isFalse();
        assertThat(grants(rule, TestCallers.districtCouncil("1467"), Map.of("kommunekode", "0336"))).isFalse();
    }

    @Test
    void a_district_council_reaches_the_municipalities_of_its_police_district() {
        AccessRule rule = access.districtOfMunicipality("kommunekode", Role.DISTRICT_COUNCIL);
        assertThat(grants(rule, TestCallers.districtCouncil("1467"), Map.of("kommunekode", "0336"))).isTrue();
        assertThat(grants(rule, TestCallers.districtCouncil("1470"), Map.of("kommunekode", "0336"))).isFalse();
        assertThat(grants(rule, TestCallers.districtCouncil("1467"), Map.of("kommunekode", "9999"))).isFalse();
    }

    @Test
    void staff_of_a_municipality_reach_its_district_and_its_local_council() {
        assertThat(grants(access.municipalityInDistrict("code", Role.MUNICIPAL_STAFF),
                TestCallers.municipalityStaff("0336"), Map.of("code", "1467"))).isTrue();
        assertThat(grants(access.municipalityInDistrict("code", Role.MUNICIPAL_STAFF),
                TestCallers.municipalityStaff("0101"), Map.of("code", "1467"))).isFalse();
        assertThat(grants(access.municipalityOfLocalCouncil("id", Role.MUNICIPAL_STAFF),
                TestCallers.municipalityStaff("0336"), Map.of("id", "LR-0336"))).isTrue();
        assertThat(grants(access.municipalityOfLocalCouncil("id", Role.MUNICIPAL_STAFF),
                TestCallers.municipalityStaff("0259"), Map.of("id", "LR-0336"))).isFalse();
        assertThat(grants(access.districtOfLocalCouncil("id", Role.DISTRICT_COUNCIL),
                TestCallers.districtCouncil("1467"), Map.of("id", "LR-0336"))).isTrue();
    }

    @Test
    void rules_combine_and_a_missing_token_grants_nothing() {
        AccessRule rule = access.localCouncil("id", Role.MUNICIPAL_STAFF).or(access.anyOrganisation(Role.ANALYST));
        assertThat(grants(rule, TestCallers.withoutOrganisation(Role.ANALYST), Map.of("id", "LR-0336"))).isTrue();
        assertThat(rule.authorize(() -> new TestingAuthenticationToken("someone", null, "ROLE_ANALYST"),
                new RequestAuthorizationContext(new MockHttpServletRequest(), Map.of())).isGranted()).isFalse();
    }

    @Test
    void unknown_roles_and_organisation_types_in_a_token_are_ignored() {
        Jwt token = Jwt.withTokenValue("t").header("alg", "RS256").subject("x").issuedAt(Instant.now())
                .claim("org_type", "PLANET").claim("org_code", "0336").claim("roles", List.of("KING", "ANALYST")).build();
        Caller caller = Caller.of(token);
        assertThat(caller.organisationType()).isEqualTo(OrganisationType.NONE);
        assertThat(caller.roles()).containsExactly(Role.ANALYST);
        assertThat(caller.isMunicipality("0336")).isFalse();
    }

    private static boolean grants(AccessRule rule, Caller caller, Map<String, String> path) {
        Authentication authentication = new JwtAuthenticationToken(jwt(caller));
        return rule.authorize(() -> authentication, new RequestAuthorizationContext(new MockHttpServletRequest(), path)).isGranted();
    }

    private static Jwt jwt(Caller caller) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "RS256").subject(caller.subject())
                .issuedAt(Instant.now())
                .claim("org_type", caller.organisationType().name())
                .claim("roles", caller.roles().stream().map(Role::name).toList());
        if (caller.organisationCode() != null) {
            token.claim("org_code", caller.organisationCode());
        }
        return token.build();
    }
}
