package dk.samspil.gateway;

import static dk.samspil.gateway.Browser.SESSION_COOKIE;
import static dk.samspil.gateway.Browser.SIGN_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.MultiValueMap;

import dk.samspil.gateway.RecordingDownstream.ReceivedRequest;
import dk.samspil.gateway.TestIdentityProvider.TokenRequest;

/** The gateway signs browsers in for the web and relays the signed-in user's token; the browser sees no token. */
class BrowserSignInTest extends RunningDownstreams {

    Browser browser;

    @BeforeEach
    void newBrowser() {
        browser = new Browser(anonymous, IDENTITY);
    }

    @Test
    void aPageSendsTheBrowserToSignInAndTheSessionCookieKeepsThePage() {
        EntityExchangeResult<byte[]> page = browser.open("/initiativer?status=aktiv");

        assertThat(page.getStatus().value()).isEqualTo(302);
        assertThat(page.getResponseHeaders().getLocation()).hasToString(SIGN_IN);
        ResponseCookie session = page.getResponseCookies().getFirst(SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(session.isSecure()).isFalse();
        // A cookie for the browser's session only: it is forgotten when the browser closes.
        assertThat(session.getMaxAge().isNegative()).isTrue();
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void signingInStartsAtTheIdentityProviderWithPkce() {
        EntityExchangeResult<byte[]> toProvider = browser.get(SIGN_IN);

        assertThat(toProvider.getStatus().value()).isEqualTo(302);
        URI authorizationRequest = toProvider.getResponseHeaders().getLocation();
        assertThat(authorizationRequest.getPath()).isEqualTo(IDENTITY.authorizationUri().getPath());
        assertThat(authorizationRequest.getAuthority()).isEqualTo(IDENTITY.authorizationUri().getAuthority());
        MultiValueMap<String, String> parameters = Browser.parameters(authorizationRequest);
        assertThat(parameters.getFirst("response_type")).isEqualTo("code");
        assertThat(parameters.getFirst("client_id")).isEqualTo(TestIdentityProvider.WEB_CLIENT);
        assertThat(parameters.getFirst("scope")).isEqualTo("openid profile");
        assertThat(parameters.getFirst("redirect_uri")).isEqualTo(gatewayBase() + "/login/oauth2/code/samspil");
        assertThat(parameters.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(parameters.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(parameters.getFirst("state")).isNotBlank();
        assertThat(parameters.getFirst("nonce")).isNotBlank();
        assertThat(parameters).doesNotContainKey("client_secret");
    }

    @Test
    void afterSigningInTheBrowserLandsOnThePageItAskedFor() {
        URI toSignIn = Browser.redirectedTo(browser.open("/initiativer?status=aktiv"));
        URI toProvider = Browser.redirectedTo(browser.get(toSignIn.toString()));
        String sessionBeforeSignIn = browser.cookie(SESSION_COOKIE);

        URI landing = browser.comeBackFromProvider(toProvider, "stevns-consultant", Duration.ofMinutes(15));

        assertThat(landing).hasToString("/initiativer?status=aktiv");
        // A new session id once signed in: one planted in the browser beforehand is worth nothing.
        assertThat(browser.cookie(SESSION_COOKIE)).isNotBlank().isNotEqualTo(sessionBeforeSignIn);
        EntityExchangeResult<byte[]> page = browser.open(landing.toString());
        assertThat(page.getStatus().value()).isEqualTo(200);
        // The web's CSRF cookie is the web's to set.
        assertThat(page.getResponseCookies()).doesNotContainKey("XSRF-TOKEN");
        assertThat(WEB.received()).singleElement().satisfies(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/initiativer?status=aktiv");
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(accessTokenAtSignIn()));
        });
    }

    @Test
    void theGatewayRedeemsTheCodeWithItsSecretAndThePkceVerifier() throws NoSuchAlgorithmException {
        URI authorizationRequest = Browser.redirectedTo(browser.get(SIGN_IN));

        browser.comeBackFromProvider(authorizationRequest, "stevns-consultant", Duration.ofMinutes(15));

        TokenRequest redeemed = IDENTITY.tokenRequests().get(0);
        assertThat(redeemed.grantType()).isEqualTo("authorization_code");
        assertThat(redeemed.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (TestIdentityProvider.WEB_CLIENT + ":" + TestIdentityProvider.WEB_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(redeemed.form()).doesNotContainKey("client_secret");
        assertThat(redeemed.form().get("redirect_uri")).isEqualTo(gatewayBase() + "/login/oauth2/code/samspil");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(redeemed.form().get("code_verifier").getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
                .isEqualTo(Browser.parameters(authorizationRequest).getFirst("code_challenge"));
    }

    @Test
    void withoutAPageAskedForSigningInLandsOnTheFrontPage() {
        assertThat(browser.signIn("stevns-consultant")).hasToString("/");
    }

    @Test
    void theWebGetsTheTokenAndWhenTheSessionEndsButNeverTheSessionCookie() {
        browser.signIn("stevns-consultant");
        browser.setCookie("XSRF-TOKEN", "4b7a0c1e-web-token");
        browser.setCookie("tema", "moerkt");
        Instant before = Instant.now();

        browser.get("/initiativer",
                HttpHeaders.AUTHORIZATION, bearer(IDENTITY.token("national-board", "NONE", "AUDITOR")),
                SessionExpiryHeaderFilter.HEADER, "2099-01-01T00:00:00Z");

        ReceivedRequest page = WEB.received().get(0);
        assertThat(page.headers().get(HttpHeaders.AUTHORIZATION)).containsExactly(bearer(accessTokenAtSignIn()));
        assertThat(page.headers().get(SessionExpiryHeaderFilter.HEADER)).singleElement()
                .satisfies(expiry -> assertThat(Instant.parse(expiry))
                        .isBetween(before.plus(Duration.ofMinutes(30)), Instant.now().plus(Duration.ofMinutes(30))));
        assertThat(String.join("; ", page.headers().get(HttpHeaders.COOKIE)))
                .contains("XSRF-TOKEN=4b7a0c1e-web-token", "tema=moerkt")
                .doesNotContain(SESSION_COOKIE)
                .doesNotContain(browser.cookie(SESSION_COOKIE));
    }

    @Test
    void aFormReachesTheWebIntactAndUncheckedWithoutACsrfCookieFromTheGateway() {
        browser.signIn("stevns-consultant");
        String form = "_csrf=the-webs-own-check&navn=Tryghedsvandring+i+%C3%98lby";

        EntityExchangeResult<byte[]> posted = browser.post("/initiativer", form);

        assertThat(posted.getStatus().value()).isEqualTo(200);
        assertThat(posted.getResponseCookies()).doesNotContainKey("XSRF-TOKEN");
        assertThat(WEB.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.body()).isEqualTo(form);
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer(accessTokenAtSignIn()));
        });
    }

    @Test
    void htmxIsToldToLoadTheSignInAsAWholePage() {
        EntityExchangeResult<byte[]> fragment = browser.get("/initiativer/liste", "HX-Request", "true");

        assertThat(fragment.getStatus().value()).isEqualTo(401);
        assertThat(fragment.getResponseHeaders().getFirst("HX-Redirect")).isEqualTo(SIGN_IN);
        assertThat(fragment.getResponseHeaders().getLocation()).isNull();
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void aLiveStreamIsRefusedWithAPlain401() {
        EntityExchangeResult<byte[]> stream =
                browser.get("/live", HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE);

        assertThat(stream.getStatus().value()).isEqualTo(401);
        assertThat(stream.getResponseHeaders().getFirst("HX-Redirect")).isNull();
        assertThat(stream.getResponseHeaders().getLocation()).isNull();
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void aBearerTokenSignsNoBrowserIn() {
        EntityExchangeResult<byte[]> page = browser.get("/", HttpHeaders.AUTHORIZATION, bearer(consultantToken),
                HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE);

        assertThat(page.getStatus().value()).isEqualTo(302);
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void aSignedInBrowserStillNeedsATokenForTheApi() {
        browser.signIn("stevns-consultant");

        assertThat(browser.get("/api/municipalities/0336/initiatives").getStatus().value()).isEqualTo(401);
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/static/x.css",
            "/webjars/htmx.org/2.0.10/dist/htmx.min.js",
            "/favicon.ico",
            "/offentlig/samarbejdsplan/1467",
            "/fejl/adgang",
            "/login/hjaelp"})
    void openPagesReachTheWebWithoutSigningInAndWithoutAToken(String path) {
        EntityExchangeResult<byte[]> page = browser.get(path, HttpHeaders.AUTHORIZATION, bearer(consultantToken),
                SessionExpiryHeaderFilter.HEADER, "2099-01-01T00:00:00Z");

        assertThat(page.getStatus().value()).isEqualTo(200);
        assertThat(WEB.received()).singleElement().satisfies(request -> {
            assertThat(request.pathAndQuery()).isEqualTo(path);
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).isNull();
            assertThat(request.header(SessionExpiryHeaderFilter.HEADER)).isNull();
        });
    }

    private String accessTokenAtSignIn() {
        assertThat(IDENTITY.tokenRequests()).extracting(TokenRequest::grantType).containsExactly("authorization_code");
        return IDENTITY.lastAccessToken();
    }

    private String gatewayBase() {
        return "http://localhost:" + port;
    }
}
