package dk.samspil.gateway;

import static dk.samspil.gateway.Browser.SESSION_COOKIE;
import static dk.samspil.gateway.Browser.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;

/**
 * {@code POST /logout} ends the session at the gateway and at the identity provider. It needs the CSRF token the web
 * issued (cookie XSRF-TOKEN, masked in the web's form or htmx header); without it the browser is sent to the web's
 * page about a refused request, and stays signed in.
 */
class LogoutTest extends RunningDownstreams {

    private static final String CSRF_COOKIE = "XSRF-TOKEN";

    Browser browser;
    String csrfToken;

    @BeforeEach
    void signInAndGetTheWebsCsrfCookie() {
        browser = new Browser(anonymous, IDENTITY);
        browser.signIn("stevns-consultant");
        csrfToken = UUID.randomUUID().toString();
        browser.setCookie(CSRF_COOKIE, csrfToken);
    }

    @Test
    void theWebsFormTokenLogsOutHereAndAtTheIdentityProvider() {
        String idToken = IDENTITY.lastIdToken();

        EntityExchangeResult<byte[]> loggedOut =
                browser.post("/logout", "_csrf=" + form(ServletCsrfToken.masked(csrfToken)));

        URI endSession = Browser.redirectedTo(loggedOut);
        assertThat(endSession.getPath()).isEqualTo(IDENTITY.endSessionUri().getPath());
        assertThat(endSession.getAuthority()).isEqualTo(IDENTITY.endSessionUri().getAuthority());
        MultiValueMap<String, String> parameters = Browser.parameters(endSession);
        assertThat(parameters.getFirst("id_token_hint")).isEqualTo(idToken);
        assertThat(parameters.getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost:" + port + "/");
        ResponseCookie session = loggedOut.getResponseCookies().getFirst(SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(session.getMaxAge()).isZero();
        assertThat(loggedOut.getResponseCookies().getFirst(CSRF_COOKIE).getMaxAge()).isZero();
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void afterLogoutTheOldSessionCookieSignsNobodyIn() {
        String session = browser.cookie(SESSION_COOKIE);
        browser.post("/logout", "_csrf=" + form(ServletCsrfToken.masked(csrfToken)));
        browser.setCookie(SESSION_COOKIE, session);

        assertThat(Browser.redirectedTo(browser.open("/initiativer"))).hasToString(SIGN_IN);
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void htmxSendsTheTokenInAHeader() {
        EntityExchangeResult<byte[]> loggedOut = browser.post("/logout", "",
                "X-XSRF-TOKEN", ServletCsrfToken.masked(csrfToken));

        assertThat(Browser.redirectedTo(loggedOut).getPath()).isEqualTo(IDENTITY.endSessionUri().getPath());
    }

    @Test
    void withoutATokenTheBrowserIsSentToTheRefusalPageAndStaysSignedIn() {
        EntityExchangeResult<byte[]> refused = browser.post("/logout", "");

        assertRefused(refused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"another", "the cookie's own value", "garbage"})
    void aWrongTokenIsRefused(String which) {
        String token = switch (which) {
            case "another" -> ServletCsrfToken.masked(UUID.randomUUID().toString());
            case "the cookie's own value" -> csrfToken;
            default -> "bm90LWEtdG9rZW4";
        };

        assertRefused(browser.post("/logout", "_csrf=" + form(token)));
    }

    @Test
    void withoutTheCookieAnyTokenIsRefused() {
        String masked = ServletCsrfToken.masked(csrfToken);
        browser.setCookie(CSRF_COOKIE, "");

        assertRefused(browser.post("/logout", "_csrf=" + form(masked)));
    }

    @Test
    void htmxWithoutATokenIsToldToLoadTheRefusalPage() {
        EntityExchangeResult<byte[]> refused = browser.post("/logout", "", "HX-Request", "true");

        assertThat(refused.getStatus().value()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().getFirst("HX-Redirect")).isEqualTo("/fejl/adgang");
    }

    @Test
    void aBrowserThatIsNotSignedInIsSentToTheFrontPage() {
        Browser stranger = new Browser(anonymous, IDENTITY);
        stranger.setCookie(CSRF_COOKIE, csrfToken);

        assertThat(Browser.redirectedTo(stranger.post("/logout", "_csrf=" + form(ServletCsrfToken.masked(csrfToken)))))
                .hasToString("/");
    }

    private void assertRefused(EntityExchangeResult<byte[]> refused) {
        assertThat(refused.getStatus().value()).isEqualTo(303);
        assertThat(refused.getResponseHeaders().getLocation()).hasToString("/fejl/adgang");
        assertThat(refused.getResponseCookies()).doesNotContainKey(SESSION_COOKIE);
        assertThat(browser.open("/initiativer").getStatus().value()).isEqualTo(200);
        assertThat(WEB.received()).extracting(RecordingDownstream.ReceivedRequest::pathAndQuery)
                .containsExactly("/initiativer");
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
