package dk.samspil.gateway;

import static dk.samspil.gateway.Browser.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import dk.samspil.gateway.TestIdentityProvider.Refreshes;
import dk.samspil.gateway.TestIdentityProvider.TokenRequest;

/**
 * The signed-in user's access token lives 15 minutes, the session 30 minutes of quiet: the gateway renews the access
 * token with the refresh token, and sends the user to sign in again when the identity provider will not.
 */
class TokenRefreshTest extends RunningDownstreams {

    /** Within the minute of leeway the gateway allows for clocks: expired as far as it is concerned. */
    private static final Duration ALL_BUT_EXPIRED = Duration.ofSeconds(30);

    Browser browser;

    @BeforeEach
    void signInWithATokenAboutToExpire() {
        browser = new Browser(anonymous, IDENTITY);
        browser.signIn("koege-consultant", ALL_BUT_EXPIRED);
    }

    @Test
    void anExpiredAccessTokenIsRenewedOnceWithTheRefreshToken() {
        String atSignIn = IDENTITY.lastAccessToken();
        String refreshToken = IDENTITY.lastRefreshToken();

        browser.open("/initiativer");
        browser.open("/puljer");

        assertThat(IDENTITY.tokenRequests()).extracting(TokenRequest::grantType)
                .containsExactly("authorization_code", "refresh_token");
        TokenRequest refresh = IDENTITY.tokenRequests().get(1);
        assertThat(refresh.form().get("refresh_token")).isEqualTo(refreshToken);
        assertThat(refresh.authorization()).startsWith("Basic ");
        String renewed = IDENTITY.lastAccessToken();
        assertThat(renewed).isNotEqualTo(atSignIn);
        assertThat(WEB.received()).extracting(request -> request.header(HttpHeaders.AUTHORIZATION))
                .containsExactly(bearer(renewed), bearer(renewed));
    }

    @Test
    void whenTheRefreshIsRefusedThePageIsSignedInAgainAndComesBack() {
        IDENTITY.answerRefreshes(Refreshes.REFUSED);

        EntityExchangeResult<byte[]> page = browser.open("/initiativer");

        assertThat(Browser.redirectedTo(page)).hasToString(SIGN_IN);
        assertThat(WEB.received()).isEmpty();
        // Signed out of the gateway: no more refreshes are tried.
        assertThat(Browser.redirectedTo(browser.open("/puljer"))).hasToString(SIGN_IN);
        assertThat(IDENTITY.tokenRequests()).extracting(TokenRequest::grantType)
                .containsExactly("authorization_code", "refresh_token");

        IDENTITY.answerRefreshes(Refreshes.GRANTED);
        assertThat(browser.comeBackFromProvider(Browser.redirectedTo(browser.get(SIGN_IN)), "koege-consultant",
                Duration.ofMinutes(15))).hasToString("/puljer");
    }

    @Test
    void whenTheRefreshIsRefusedHtmxIsToldToSignInAsAWholePage() {
        IDENTITY.answerRefreshes(Refreshes.REFUSED);

        EntityExchangeResult<byte[]> fragment = browser.get("/initiativer/liste", "HX-Request", "true");

        assertThat(fragment.getStatus().value()).isEqualTo(401);
        assertThat(fragment.getResponseHeaders().getFirst("HX-Redirect")).isEqualTo(SIGN_IN);
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void whenTheIdentityProviderCannotBeReachedThePageSaysSo() {
        IDENTITY.answerRefreshes(Refreshes.CONNECTION_CLOSED);

        EntityExchangeResult<byte[]> page = browser.open("/initiativer");

        assertThat(page.getStatus().value()).isEqualTo(503);
        assertThat(page.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(page.getResponseBody(), StandardCharsets.UTF_8))
                .contains("Login-tjenesten er ikke tilgængelig");
        assertThat(WEB.received()).isEmpty();
    }
}
