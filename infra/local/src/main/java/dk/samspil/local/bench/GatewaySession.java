package dk.samspil.local.bench;

import dk.samspil.local.LocalStackException;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session at the gateway without a browser: follows the sign-in from the gateway to the identity
 * provider's login form and back, keeping the cookies, so that pages can be asked for as a signed-in user would.
 */
final class GatewaySession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient browser;
    private final String gateway;

    private GatewaySession(HttpClient browser, String gateway) {
        this.browser = browser;
        this.gateway = gateway;
    }

    /** Signs a demo user in (password {@code <user>-dev}) through the gateway's login at the identity provider. */
    static GatewaySession signIn(String gateway, String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        GatewaySession session = new GatewaySession(browser, gateway);
        HttpResponse<String> loginForm = session.page("/");
        Matcher csrf = CSRF_FIELD.matcher(loginForm.body());
        if (!csrf.find()) {
            throw new LocalStackException("Gatewayen sendte ikke videre til loginformularen (svar "
                    + loginForm.statusCode() + " fra " + loginForm.uri() + ")");
        }
        String form = "username=" + encode(username) + "&password=" + encode(username + "-dev") + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(loginForm.uri())
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(gateway)) {
            throw new LocalStackException("Login som " + username + " endte ikke på gatewayen (svar "
                    + home.statusCode() + " fra " + home.uri() + ")");
        }
        return session;
    }

    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(TIMEOUT)
                .header("Accept", "text/html")
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An event stream of the web service, as a page's EventSource opens it. */
    InputStream stream(String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = browser.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Accept", "text/event-stream")
                .GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new LocalStackException(path + " svarede " + response.statusCode());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
