package dk.samspil.local.tokens;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs a demo user in as the web client would, over plain HTTP: the authorization request with PKCE, the login form
 * with its CSRF token, the redirect back with the code, and the code redeemed for tokens. Redirects and cookies are
 * followed by hand, one cookie jar per login.
 */
public final class DemoLogin {

    public static final String WEB_CLIENT = "samspil-web";
    public static final String WEB_CLIENT_SECRET_ENV = "SAMSPIL_WEB_CLIENT_SECRET";
    /** The development secret of infra/identity's demo-users.yml: the web client is the gateway's, a confidential one. */
    public static final String DEV_WEB_CLIENT_SECRET = "samspil-web-dev-secret";
    /**
     * A loopback redirect: the provider accepts it on any port, like a native app's. Nothing needs to listen there, the
     * code is read from the provider's redirect.
     */
    static final String REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/samspil";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityProvider provider;
    private final String clientAuthorization;

    /** With the web client's secret from {@code $SAMSPIL_WEB_CLIENT_SECRET} or the dev one. */
    public DemoLogin(String issuer) {
        this(issuer, Clock.systemUTC());
    }

    public DemoLogin(String issuer, Clock clock) {
        this.provider = new IdentityProvider(issuer, HttpClient.newHttpClient(), clock);
        String secret = System.getenv(WEB_CLIENT_SECRET_ENV);
        this.clientAuthorization = IdentityProvider.clientAuthorization(WEB_CLIENT,
                secret == null || secret.isBlank() ? DEV_WEB_CLIENT_SECRET : secret);
    }

    /** Every demo user's password in infra/identity's demo-users.yml: the username followed by {@code -dev}. */
    public static String devPassword(String username) {
        return username + "-dev";
    }

    /** Logs {@code username} in and returns the access token. */
    public AccessToken login(String username, String password) {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);

        URI loginForm = redirect(browser, get(browser, provider.resolve(authorizationRequest(state, challenge(verifier)))),
                "loginformularen");
        String csrf = csrfToken(get(browser, loginForm));
        URI afterLogin = redirect(browser, provider.send(browser, HttpRequest.newBuilder(loginForm)
                .timeout(IdentityProvider.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(IdentityProvider.formEncoded(
                        Map.of("username", username, "password", password, "_csrf", csrf))))
                .build()), "autorisationsforespørgslen");
        if (afterLogin.getPath().equals(loginForm.getPath())) {
            throw new TokenException("Forkert brugernavn eller adgangskode for '" + username + "' hos " + provider.issuer());
        }
        URI callback = redirect(browser, get(browser, afterLogin), "klienten");
        Map<String, String> answer = queryParameters(callback);
        if (!callback.toString().startsWith(REDIRECT_URI + "?") || !state.equals(answer.get("state"))
                || answer.get("code") == null) {
            throw new TokenException("Identitetsudbyderen sendte '" + username + "' videre uden en kode: " + callback);
        }
        return provider.token(Map.of("grant_type", "authorization_code", "code", answer.get("code"),
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier), clientAuthorization, username);
    }

    private static String authorizationRequest(String state, String challenge) {
        return "/oauth2/authorize?" + IdentityProvider.formEncoded(orderedMap(
                "response_type", "code", "client_id", WEB_CLIENT, "scope", "openid profile", "redirect_uri", REDIRECT_URI,
                "state", state, "code_challenge", challenge, "code_challenge_method", "S256"));
    }

    /** A browser asks for HTML: without it the provider answers 401 instead of showing the login form. */
    private HttpResponse<String> get(HttpClient browser, URI uri) {
        return provider.send(browser, HttpRequest.newBuilder(uri).timeout(IdentityProvider.TIMEOUT)
                .header("Accept", "text/html").GET().build());
    }

    private URI redirect(HttpClient browser, HttpResponse<String> response, String expected) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (response.statusCode() != 302 || location == null) {
            throw new TokenException("Identitetsudbyderen på %s sendte ikke videre til %s (svar %d: %s)"
                    .formatted(provider.issuer(), expected, response.statusCode(), response.body()));
        }
        return response.request().uri().resolve(location);
    }

    private String csrfToken(HttpResponse<String> loginForm) {
        Matcher matcher = CSRF_FIELD.matcher(loginForm.body());
        if (loginForm.statusCode() != 200 || !matcher.find()) {
            throw new TokenException("Loginformularen på " + provider.issuer() + " har intet CSRF-felt (svar "
                    + loginForm.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.put(decode(nameAndValue[0]), nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
            }
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
