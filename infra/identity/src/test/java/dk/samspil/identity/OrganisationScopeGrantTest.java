package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jwt.JWTClaimsSet;

/** The demo loader asks for a token for one organisation with the scope {@code organisation:<TYPE>:<CODE>}. */
class OrganisationScopeGrantTest extends RunningIdentityProvider {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "organisation:MUNICIPALITY:0336                 | MUNICIPALITY         | 0336          | SSP_CONSULTANT,SSP_LEADER_GROUP,SSP_SECRETARIAT",
            "organisation:MUNICIPALITY:0101                 | MUNICIPALITY         | 0101          | SSP_CONSULTANT,SSP_LEADER_GROUP,SSP_SECRETARIAT",
            "organisation:LOCAL_COUNCIL:LR-0336             | LOCAL_COUNCIL        | LR-0336       | LOCAL_COUNCIL_MEMBER",
            "organisation:DISTRICT_COUNCIL:1467             | DISTRICT_COUNCIL     | 1467          | DISTRICT_COUNCIL_MEMBER,DISTRICT_SECRETARIAT",
            "organisation:NATIONAL_ASSOCIATION:SSP-SAMRAADET | NATIONAL_ASSOCIATION | SSP-SAMRAADET | NATIONAL_SECRETARIAT"})
    void theDemoClientGetsATokenForTheOrganisationItNames(String scope, String type, String code, String roles)
            throws ParseException {
        HttpResponse<String> response = demoClient(scope);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JWTClaimsSet claims = verified(json(response).path("access_token").asString());
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("samspil-demo");
        assertThat(claims.getAudience()).containsExactly("samspil");
        assertThat(claims.getStringClaim("org_type")).isEqualTo(type);
        assertThat(claims.getStringClaim("org_code")).isEqualTo(code);
        assertThat(claims.getStringListClaim("roles")).containsExactly(roles.split(","));
        assertThat(claims.getStringListClaim("scope")).containsExactly(scope);
    }

    @Test
    void withoutAnOrganisationScopeTheDemoClientKeepsItsRegisteredOrganisation() throws ParseException {
        JWTClaimsSet claims = verified(json(clientCredentials("samspil-demo", "samspil-demo-dev-secret"))
                .path("access_token").asString());

        assertThat(claims.getStringClaim("org_type")).isEqualTo("NATIONAL_ASSOCIATION");
        assertThat(claims.getStringListClaim("roles")).containsExactly("NATIONAL_SECRETARIAT");
        assertThat(claims.getClaims()).doesNotContainKey("scope");
    }

    @Test
    void twoOrganisationsInOneTokenAreRefused() {
        assertInvalidScope(demoClient("organisation:MUNICIPALITY:0336 organisation:MUNICIPALITY:0259"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"organisation:MUNICIPALITY:0411", "organisation:LOCAL_COUNCIL:LR-0411",
            "organisation:DISTRICT_COUNCIL:1459", "organisation:NATIONAL_ASSOCIATION:SSP", "organisation:NONE:",
            "organisation:MUNICIPALITY:336", "organisation:MUNICIPALITY"})
    void anUnknownOrMalformedOrganisationIsRefused(String scope) {
        assertInvalidScope(demoClient(scope));
    }

    @Test
    void anotherMachineClientCannotActForAnotherOrganisation() {
        assertInvalidScope(postForm("/oauth2/token", Map.of("grant_type", "client_credentials",
                "scope", "organisation:MUNICIPALITY:0101"), "Authorization", basic("municipality-0336", "municipality-0336-dev-secret")));
        assertInvalidScope(postForm("/oauth2/token", Map.of("grant_type", "client_credentials",
                "scope", "organisation:MUNICIPALITY:0336"), "Authorization", basic("municipality-0336", "municipality-0336-dev-secret")));
    }

    @Test
    void theBrowserClientCannotAskForAnOrganisation() {
        HttpResponse<String> toClient = get(BrowserLogin.authorizationRequest(BrowserLogin.REDIRECT_URI, "s1",
                BrowserLogin.Pkce.generate()).replace("scope=openid%20profile", "scope=openid%20organisation:MUNICIPALITY:0101"),
                "Accept", "text/html");

        assertThat(toClient.statusCode()).isEqualTo(302);
        assertThat(location(toClient)).startsWith(BrowserLogin.REDIRECT_URI + "?").contains("error=invalid_scope")
                .doesNotContain("code=");
    }

    private HttpResponse<String> demoClient(String scope) {
        return postForm("/oauth2/token", Map.of("grant_type", "client_credentials", "scope", scope),
                "Authorization", basic("samspil-demo", "samspil-demo-dev-secret"));
    }

    private static void assertInvalidScope(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_scope");
        assertThat(response.body()).doesNotContain("access_token");
    }
}
