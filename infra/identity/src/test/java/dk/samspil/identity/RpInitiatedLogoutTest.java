package dk.samspil.identity;

import static dk.samspil.identity.BrowserLogin.REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import dk.samspil.identity.BrowserLogin.Pkce;

/**
 * The gateway's logout ends the user's session here too (OpenID Connect RP-initiated logout): the browser is sent to
 * the end-session endpoint with the ID token and comes back to the gateway, and the next sign-in asks for the
 * password again.
 */
class RpInitiatedLogoutTest extends RunningIdentityProvider {

    private static final String BACK_TO_THE_GATEWAY = "http://localhost:8080/";

    @Test
    void theEndSessionEndpointLogsOutAndSendsTheBrowserBackToTheGateway() {
        String idToken = signedInIdToken();

        HttpResponse<String> loggedOut = get(endSession(idToken, BACK_TO_THE_GATEWAY));

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(location(loggedOut)).isEqualTo(BACK_TO_THE_GATEWAY);
        HttpResponse<String> nextSignIn = get(BrowserLogin.authorizationRequest(REDIRECT_URI, "s2", Pkce.generate()),
                "Accept", "text/html");
        assertThat(nextSignIn.statusCode()).isEqualTo(302);
        assertThat(uri(location(nextSignIn)).getPath()).isEqualTo("/login");
    }

    @Test
    void anUnregisteredPostLogoutRedirectIsRefused() {
        String idToken = signedInIdToken();

        HttpResponse<String> response = get(endSession(idToken, "http://elsewhere.example/"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    private String signedInIdToken() {
        Pkce pkce = Pkce.generate();
        String code = BrowserLogin.authorizationCode(this, "stevns-consultant", "stevns-consultant-dev", REDIRECT_URI, pkce);
        return json(BrowserLogin.redeem(this, code, REDIRECT_URI, pkce.verifier())).path("id_token").asString();
    }

    private static String endSession(String idToken, String postLogoutRedirectUri) {
        return UriComponentsBuilder.fromPath("/connect/logout")
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", postLogoutRedirectUri)
                .encode()
                .build()
                .toUriString();
    }
}
