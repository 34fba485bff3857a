package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class ClientCredentialsTest extends RunningIdentityProvider {

    @Test
    void demoClientGetsASignedTokenWithTheOrganisationOfItsRegistration() throws ParseException {
        HttpResponse<String> response = clientCredentials("samspil-demo", "samspil-demo-dev-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        String token = body.path("access_token").asString();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(jwks().getKeys().get(0).getKeyID());

        JWTClaimsSet claims = verified(token);
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("samspil-demo");
        assertThat(claims.getAudience()).containsExactly("samspil");
        assertThat(claims.getStringClaim("org_type")).isEqualTo("NATIONAL_ASSOCIATION");
        assertThat(claims.getStringClaim("org_code")).isEqualTo("SSP-SAMRAADET");
        assertThat(claims.getStringListClaim("roles")).containsExactly("NATIONAL_SECRETARIAT");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void everyMachineClientCarriesItsOwnOrganisation() throws ParseException {
        // client_secret_post this time: the secret in the form instead of the Authorization header.
        HttpResponse<String> response = postForm("/oauth2/token", form("grant_type", "client_credentials",
                "client_id", "municipality-0336", "client_secret", "municipality-0336-dev-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = verified(json(response).path("access_token").asString());
        assertThat(claims.getSubject()).isEqualTo("municipality-0336");
        assertThat(claims.getAudience()).containsExactly("samspil");
        assertThat(claims.getStringClaim("org_type")).isEqualTo("MUNICIPALITY");
        assertThat(claims.getStringClaim("org_code")).isEqualTo("0336");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SSP_CONSULTANT");
    }

    @Test
    void aWrongSecretIsRefusedWith401() {
        HttpResponse<String> response = clientCredentials("samspil-demo", "guessed");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_client");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void anUnknownClientIsRefusedWith401() {
        assertThat(clientCredentials("samspil-admin", "samspil-demo-dev-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void theBrowserClientCannotGetATokenWithoutAUser() {
        HttpResponse<String> withoutSecret = postForm("/oauth2/token",
                form("grant_type", "client_credentials", "client_id", "samspil-web"));
        HttpResponse<String> withSecret = clientCredentials("samspil-web", "samspil-web-dev-secret");

        assertThat(withoutSecret.statusCode()).isEqualTo(401);
        assertThat(withoutSecret.body()).doesNotContain("access_token");
        assertThat(withSecret.statusCode()).isEqualTo(400);
        assertThat(json(withSecret).path("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void aTokenWithAlteredClaimsDoesNotVerify() {
        String token = json(clientCredentials("municipality-0336", "municipality-0336-dev-secret"))
                .path("access_token").asString();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"0336\"", "\"0101\"");
        assertThat(forged).isNotEqualTo(payload);

        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes())
                + "." + parts[2];

        assertThatThrownBy(() -> verified(tampered)).isInstanceOf(AssertionError.class);
        assertThat(verified(token).getClaim("org_code")).isEqualTo("0336");
    }

    @Test
    void theDistrictCouncilClientActsForItsDistrict() throws ParseException {
        JWTClaimsSet claims = verified(json(clientCredentials("district-council-1467", "district-council-1467-dev-secret"))
                .path("access_token").asString());

        assertThat(Map.of("org_type", claims.getStringClaim("org_type"), "org_code", claims.getStringClaim("org_code"),
                "roles", claims.getStringListClaim("roles")))
                .isEqualTo(Map.of("org_type", "DISTRICT_COUNCIL", "org_code", "1467", "roles", List.of("DISTRICT_SECRETARIAT")));
    }
}
