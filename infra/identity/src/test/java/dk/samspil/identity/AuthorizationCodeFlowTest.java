package dk.samspil.identity;

import static dk.samspil.identity.BrowserLogin.REDIRECT_URI;
import static dk.samspil.identity.BrowserLogin.WEB_CLIENT;
import static dk.samspil.identity.BrowserLogin.WEB_CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;

import dk.samspil.identity.BrowserLogin.Pkce;

/** The gateway signing a user in for the web: a confidential client with PKCE and refresh tokens. */
class AuthorizationCodeFlowTest extends RunningIdentityProvider {

    @Autowired
    RegisteredClientRepository clients;

    @Test
    void aConsultantLogsInWithPkceAndGetsTokensNamingHerMunicipality() throws ParseException {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "stevns-consultant", "stevns-consultant-dev", REDIRECT_URI, pkce);

        HttpResponse<String> response = BrowserLogin.redeem(this, code, REDIRECT_URI, pkce.verifier());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = json(response);
        JWTClaimsSet access = verified(tokens.path("access_token").asString());
        assertThat(access.getIssuer()).isEqualTo(ISSUER);
        assertThat(access.getSubject()).isEqualTo("stevns-consultant");
        assertThat(access.getAudience()).containsExactly("samspil");
        assertThat(access.getStringClaim("org_type")).isEqualTo("MUNICIPALITY");
        assertThat(access.getStringClaim("org_code")).isEqualTo("0336");
        assertThat(access.getStringListClaim("roles")).containsExactly("SSP_CONSULTANT");
        assertThat(access.getStringClaim("name")).isEqualTo("Mette Sørensen");
        assertThat(access.getStringListClaim("scope")).containsExactlyInAnyOrder("openid", "profile");

        JWTClaimsSet id = verified(tokens.path("id_token").asString());
        assertThat(id.getSubject()).isEqualTo("stevns-consultant");
        assertThat(id.getAudience()).containsExactly(WEB_CLIENT);
        assertThat(id.getStringClaim("name")).isEqualTo("Mette Sørensen");
        assertThat(id.getStringClaim("org_code")).isEqualTo("0336");
        assertThat(tokens.path("expires_in").asLong()).isBetween(890L, 900L);
    }

    @Test
    void theGatewayGetsARefreshTokenAndEachRefreshGivesNewTokensOnce() throws ParseException {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "stevns-consultant", "stevns-consultant-dev", REDIRECT_URI, pkce);
        JsonNode tokens = json(BrowserLogin.redeem(this, code, REDIRECT_URI, pkce.verifier()));
        String refreshToken = tokens.path("refresh_token").asString();
        assertThat(refreshToken).isNotBlank();

        HttpResponse<String> refreshed = BrowserLogin.refresh(this, refreshToken);

        assertThat(refreshed.statusCode()).isEqualTo(200);
        JWTClaimsSet access = verified(json(refreshed).path("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("stevns-consultant");
        assertThat(access.getAudience()).containsExactly("samspil");
        assertThat(access.getStringClaim("org_code")).isEqualTo("0336");
        assertThat(access.getStringListClaim("roles")).containsExactly("SSP_CONSULTANT");
        assertThat(json(refreshed).path("access_token").asString()).isNotEqualTo(tokens.path("access_token").asString());
        String nextRefreshToken = json(refreshed).path("refresh_token").asString();
        assertThat(nextRefreshToken).isNotBlank().isNotEqualTo(refreshToken);

        HttpResponse<String> reused = BrowserLogin.refresh(this, refreshToken);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(BrowserLogin.refresh(this, nextRefreshToken).statusCode()).isEqualTo(200);
    }

    @Test
    void refreshTokensLiveEightHoursAndAccessTokensFifteenMinutes() {
        RegisteredClient web = clients.findByClientId(WEB_CLIENT);

        assertThat(web.getTokenSettings().getRefreshTokenTimeToLive()).isEqualTo(Duration.ofHours(8));
        assertThat(web.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(15));
        assertThat(web.getTokenSettings().isReuseRefreshTokens()).isFalse();
    }

    @Test
    void theCodeIsWorthNothingWithoutTheSecret() {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "stevns-consultant", "stevns-consultant-dev", REDIRECT_URI, pkce);

        HttpResponse<String> asPublicClient = postForm("/oauth2/token", form(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT_URI,
                "client_id", WEB_CLIENT,
                "code_verifier", pkce.verifier()));
        HttpResponse<String> withAWrongSecret = postForm("/oauth2/token", form(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT_URI,
                        "code_verifier", pkce.verifier()),
                "Authorization", basic(WEB_CLIENT, "guessed"));

        assertThat(asPublicClient.statusCode()).isEqualTo(401);
        assertThat(json(asPublicClient).path("error").asString()).isEqualTo("invalid_client");
        assertThat(withAWrongSecret.statusCode()).isEqualTo(401);
        assertThat(withAWrongSecret.body()).doesNotContain("access_token");
        // The code itself was not spent by the failed attempts.
        assertThat(BrowserLogin.redeem(this, code, REDIRECT_URI, pkce.verifier()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenIsWorthNothingWithoutTheSecret() {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "auditor", "auditor-dev", REDIRECT_URI, pkce);
        String refreshToken = json(BrowserLogin.redeem(this, code, REDIRECT_URI, pkce.verifier()))
                .path("refresh_token").asString();

        HttpResponse<String> response = postForm("/oauth2/token",
                form("grant_type", "refresh_token", "refresh_token", refreshToken),
                "Authorization", basic(WEB_CLIENT, WEB_CLIENT_SECRET + "x"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void theUserinfoEndpointAnswersWithTheAccessToken() {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "district1467-member", "district1467-member-dev", REDIRECT_URI, pkce);
        String accessToken = json(BrowserLogin.redeem(this, code, REDIRECT_URI, pkce.verifier())).path("access_token").asString();

        HttpResponse<String> userinfo = get("/userinfo", "Authorization", "Bearer " + accessToken);

        assertThat(userinfo.statusCode()).isEqualTo(200);
        assertThat(json(userinfo).path("sub").asString()).isEqualTo("district1467-member");
        assertThat(json(userinfo).path("name").asString()).isEqualTo("Karin Vestergaard");
    }

    @Test
    void aUserWithoutOrganisationHasNoOrganisationCode() throws ParseException {
        // The loopback address: any port is accepted for it, as for a native app.
        String loopback = "http://127.0.0.1:8080/login/oauth2/code/samspil";
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "auditor", "auditor-dev", loopback, pkce);

        JWTClaimsSet access = verified(json(BrowserLogin.redeem(this, code, loopback, pkce.verifier()))
                .path("access_token").asString());

        assertThat(access.getSubject()).isEqualTo("auditor");
        assertThat(access.getStringClaim("org_type")).isEqualTo("NONE");
        assertThat(access.getClaims()).doesNotContainKey("org_code");
        assertThat(access.getStringListClaim("roles")).containsExactly("AUDITOR");
    }

    @Test
    void theCodeIsWorthNothingWithoutTheRightVerifier() {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "stevns-consultant", "stevns-consultant-dev", REDIRECT_URI, pkce);

        HttpResponse<String> response = BrowserLogin.redeem(this, code, REDIRECT_URI, Pkce.generate().verifier());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsSentBackWithAnError() {
        HttpResponse<String> response = get(BrowserLogin.authorizationRequest(REDIRECT_URI, "s1", null), "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        var parameters = UriComponentsBuilder.fromUriString(location(response)).build().getQueryParams();
        assertThat(location(response)).startsWith(REDIRECT_URI + "?");
        assertThat(parameters.getFirst("error")).isEqualTo("invalid_request");
        assertThat(parameters.getFirst("code")).isNull();
    }

    @Test
    void anUnregisteredRedirectUriIsNeverRedirectedTo() {
        String elsewhere = "http://localhost:8080/somewhere-else";
        HttpResponse<String> response = get(BrowserLogin.authorizationRequest(elsewhere, "s1", Pkce.generate()),
                "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
