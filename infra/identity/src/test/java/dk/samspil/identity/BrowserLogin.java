package dk.samspil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a browser and the gateway (the web client) do to log a user in: authorization request with PKCE, login form,
 * code, and the gateway redeeming the code and refresh tokens with its secret.
 */
final class BrowserLogin {

    static final String WEB_CLIENT = "samspil-web";
    /** The dev default of the gateway's secret (demo-users.yml). */
    static final String WEB_CLIENT_SECRET = "samspil-web-dev-secret";
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/samspil";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserLogin() {
    }

    /** A PKCE pair: the verifier stays with the client, the S256 challenge goes into the authorization request. */
    record Pkce(String verifier, String challenge) {

        static Pkce generate() {
            String verifier = randomUrlSafe(32);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String authorizationRequest(String redirectUri, String state, Pkce pkce) {
        UriComponentsBuilder request = UriComponentsBuilder.fromPath("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", WEB_CLIENT)
                .queryParam("scope", "openid profile")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("state", state);
        if (pkce != null) {
            request.queryParam("code_challenge", pkce.challenge()).queryParam("code_challenge_method", "S256");
        }
        return request.encode().build().toUriString();
    }

    /**
     * Runs the browser's part up to the redirect back to the client, and returns the authorization code:
     * GET /oauth2/authorize, redirected to the login form, POST /login with the form's CSRF token, back to
     * /oauth2/authorize, redirected to {@code redirectUri} with the code and our state.
     */
    static String authorizationCode(RunningIdentityProvider provider, String username, String password,
                                    String redirectUri, Pkce pkce) {
        String state = randomUrlSafe(16);
        HttpResponse<String> toLogin = provider.get(authorizationRequest(redirectUri, state, pkce), "Accept", "text/html");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(provider.uri(RunningIdentityProvider.location(toLogin)).getPath()).isEqualTo("/login");

        HttpResponse<String> loginForm = provider.get("/login");
        assertThat(loginForm.statusCode()).isEqualTo(200);
        HttpResponse<String> loggedIn = provider.postForm("/login", RunningIdentityProvider.form(
                "username", username, "password", password, "_csrf", csrfToken(loginForm.body())));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(provider.uri(RunningIdentityProvider.location(loggedIn)).getPath()).isEqualTo("/oauth2/authorize");

        HttpResponse<String> toClient = provider.get(RunningIdentityProvider.location(loggedIn), "Accept", "text/html");
        assertThat(toClient.statusCode()).isEqualTo(302);
        URI callback = URI.create(RunningIdentityProvider.location(toClient));
        assertThat(callback.toString()).startsWith(redirectUri + "?");
        var parameters = UriComponentsBuilder.fromUri(callback).build().getQueryParams();
        assertThat(parameters.getFirst("state")).isEqualTo(state);
        assertThat(parameters.getFirst("code")).isNotBlank();
        return parameters.getFirst("code");
    }

    /** The gateway redeems the code: its secret by HTTP Basic, and the PKCE verifier. */
    static HttpResponse<String> redeem(RunningIdentityProvider provider, String code, String redirectUri, String verifier) {
        return provider.postForm("/oauth2/token", RunningIdentityProvider.form(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", redirectUri,
                        "code_verifier", verifier),
                "Authorization", RunningIdentityProvider.basic(WEB_CLIENT, WEB_CLIENT_SECRET));
    }

    static HttpResponse<String> refresh(RunningIdentityProvider provider, String refreshToken) {
        return provider.postForm("/oauth2/token", RunningIdentityProvider.form(
                        "grant_type", "refresh_token",
                        "refresh_token", refreshToken),
                "Authorization", RunningIdentityProvider.basic(WEB_CLIENT, WEB_CLIENT_SECRET));
    }

    static String csrfToken(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("CSRF field in %s", html).isTrue();
        return matcher.group(1);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
