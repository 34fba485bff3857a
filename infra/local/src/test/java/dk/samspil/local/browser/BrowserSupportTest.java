package dk.samspil.local.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browser support itself, without a Samspil stack: a JDK HTTP server plays the pages, and for the sign-in both the
 * gateway (on {@code 127.0.0.1}) and the identity provider's login page (on {@code localhost}, another origin).
 */
@RequiresBrowser
class BrowserSupportTest {

    private static final String FAKE_JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzZWxmdGVzdCJ9.c2lnbmF0dXJl";

    private static HttpServer server;
    private static String gateway;
    private static String identity;
    private static final ConcurrentLinkedQueue<String> acceptLanguages = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void serveThePages() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        gateway = "http://127.0.0.1:" + port;
        identity = "http://localhost:" + port;
        server.createContext("/", BrowserSupportTest::answer);
        server.start();
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void opensAPageInHeadlessChromiumAndAsksForItInDanish() {
        try (Browser browser = Browser.start()) {
            browser.open(gateway + "/ren");

            assertThat(browser.title()).isEqualTo("Ren side");
            assertThat(browser.currentUrl()).isEqualTo(gateway + "/ren");
            assertThat(browser.script("return navigator.language")).isEqualTo("da-DK");
            assertThat(acceptLanguages).last().asString().startsWith("da-DK");
        }
    }

    @Test
    void findsTheSeriousViolationsOfAPageAndNamesRuleImpactHelpAndElement() {
        try (Browser browser = Browser.start()) {
            browser.open(gateway + "/fejl");

            assertThat(Accessibility.seriousViolations(browser)).containsExactlyInAnyOrder(
                    "image-alt (critical): Images must have alternate text – img",
                    "button-name (critical): Buttons must have discernible text – button");
        }
    }

    @Test
    void aCleanPageHasNoSeriousViolations() {
        try (Browser browser = Browser.start()) {
            browser.open(gateway + "/ren");

            assertThat(Accessibility.seriousViolations(browser)).isEmpty();
            assertThat(Accessibility.axeVersion()).matches("\\d+\\.\\d+\\.\\d+");
        }
    }

    @Test
    void aScreenshotShowsTheWholePageNotOnlyTheWindow(@TempDir Path folder) throws IOException {
        try (Browser browser = Browser.start()) {
            browser.open(gateway + "/lang");

            Path file = Screenshots.save(browser, folder.resolve("skærmbilleder"), "lang-side");

            assertThat(file).isEqualTo(folder.resolve("skærmbilleder/lang-side.png"));
            byte[] png = Files.readAllBytes(file);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            int width = ByteBuffer.wrap(png, 16, 4).getInt();
            int height = ByteBuffer.wrap(png, 20, 4).getInt();
            assertThat(width).isEqualTo(1280);
            assertThat(height).isGreaterThanOrEqualTo(3000);
            assertThatThrownBy(() -> Screenshots.save(browser, folder, "../udenfor"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void signsInThroughTheLoginPageOfAnotherOriginAndBackAndOutAgain() {
        try (Browser browser = Browser.start()) {
            SignIn.asDemoUser(browser, gateway, "district1467-member");

            assertThat(browser.currentUrl()).isEqualTo(gateway + "/");
            assertThat(browser.title()).isEqualTo("Forside");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Logget ind som district1467-member");

            SignIn.signOut(browser);

            assertThat(browser.currentUrl()).startsWith(identity + "/login");
            assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Du er logget ud.");
        }
    }

    @Test
    void aRefusedPasswordFailsAtOnceWithTheLoginPagesMessage() {
        try (Browser browser = Browser.start()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> SignIn.as(browser, gateway, "district1467-member", "forkert"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Login som district1467-member blev afvist: Forkert brugernavn eller adgangskode.");
            assertThat(System.nanoTime() - start).isLessThan(SignIn.TIMEOUT.toNanos());
        }
    }

    @Test
    void pageScriptsSeeTheDocumentStorageAndCookiesButNotHttpOnlyCookies() {
        try (Browser browser = Browser.start()) {
            browser.open(gateway + "/ren");
            assertThat(PageScripts.of(browser).jwts()).isEmpty();

            browser.open(gateway + "/token");
            PageScripts seen = PageScripts.of(browser);

            assertThat(seen.localStorage()).containsEntry("adgang", FAKE_JWT);
            assertThat(seen.sessionStorage()).containsEntry("adgang", "Bearer " + FAKE_JWT);
            assertThat(seen.cookies()).contains("synlig=" + FAKE_JWT).doesNotContain("skjult");
            assertThat(seen.jwts()).containsExactlyInAnyOrder(
                    "document: " + FAKE_JWT.substring(0, 40) + "…",
                    "document.cookie: " + FAKE_JWT.substring(0, 40) + "…",
                    "localStorage[adgang]: " + FAKE_JWT.substring(0, 40) + "…",
                    "sessionStorage[adgang]: " + FAKE_JWT.substring(0, 40) + "…");
        }
    }

    /** The pages; a signed-in session is the cookie {@code session=<user>} on the gateway's origin. */
    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept-Language")).ifPresent(acceptLanguages::add);
            String path = exchange.getRequestURI().getPath();
            String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
            boolean post = exchange.getRequestMethod().equals("POST");
            String user = cookie(exchange, "session");
            switch (path) {
                case "/" -> {
                    if (user == null) {
                        redirect(exchange, identity + "/login");
                    } else {
                        page(exchange, "Forside", "<p>Logget ind som " + user + ".</p>"
                                + "<form method=\"post\" action=\"/logout\"><button type=\"submit\">Log ud</button></form>");
                    }
                }
                case "/login" -> {
                    if (post) {
                        Map<String, String> form = form(exchange);
                        String username = form.getOrDefault("username", "");
                        boolean right = form.getOrDefault("password", "").equals(username + "-dev");
                        redirect(exchange, right ? gateway + "/callback?user=" + username : identity + "/login?error");
                    } else {
                        String message = query.contains("error")
                                ? "<p role=\"alert\">Forkert brugernavn eller adgangskode.</p>"
                                : query.contains("logout") ? "<p role=\"status\">Du er logget ud.</p>" : "";
                        page(exchange, "Log ind i Samspil", message + """
                                <form method="post" action="/login">
                                <label for="username">Brugernavn</label><input id="username" name="username">
                                <label for="password">Adgangskode</label><input id="password" name="password" type="password">
                                <button type="submit">Log ind</button>
                                </form>""");
                    }
                }
                case "/callback" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "session=" + query.substring("user=".length())
                            + "; Path=/; HttpOnly");
                    redirect(exchange, gateway + "/");
                }
                case "/logout" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "session=; Path=/; Max-Age=0; HttpOnly");
                    redirect(exchange, identity + "/login?logout");
                }
                case "/ren" -> page(exchange, "Ren side", "<p>En side uden fejl.</p>");
                case "/fejl" -> page(exchange, "Side med fejl", "<img src=\"/billede.png\"><button></button>");
                case "/lang" -> page(exchange, "Lang side", "<div style=\"height: 3000px\">Lang</div><p>Slut</p>");
                case "/token" -> {
                    exchange.getResponseHeaders().add("Set-Cookie", "skjult=" + FAKE_JWT + "; Path=/; HttpOnly");
                    exchange.getResponseHeaders().add("Set-Cookie", "synlig=" + FAKE_JWT + "; Path=/");
                    // The script puts the token together, so that the document holds it only once, in data-token.
                    page(exchange, "Token", "<p data-token=\"" + FAKE_JWT + "\">Token</p><script>"
                            + "const token = '" + String.join(", ", FAKE_JWT.split("\\.")) + "'.split(', ').join('.');"
                            + "localStorage.setItem('adgang', token);"
                            + "sessionStorage.setItem('adgang', 'Bearer ' + token);</script>");
                }
                default -> {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private static void page(HttpExchange exchange, String title, String main) throws IOException {
        byte[] body = """
                <!DOCTYPE html>
                <html lang="da">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body><main><h1>%s</h1>%s</main></body>
                </html>
                """.formatted(title, title, main).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static String cookie(HttpExchange exchange, String name) {
        String header = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Cookie")).orElse("");
        for (String pair : header.split(";\\s*")) {
            if (pair.startsWith(name + "=") && pair.length() > name.length() + 1) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> fields = new HashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
