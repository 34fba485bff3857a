package dk.samspil.web;

import dk.samspil.platform.testing.ConsumingServiceIntegrationTest;
import org.jsoup.Jsoup;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

/**
 * The whole web service against a stand-in for the gateway's API ({@link #api}), on a real Kafka broker and the
 * Mongo-wire server; one Spring context for every page test. Requests ask for HTML, as a browser does; a form is
 * posted the way a browser posts it: with the CSRF cookie and the {@code _csrf} field of the page it came from. The
 * stand-in lives as long as the test JVM, shared by every page test.
 */
public abstract class WebIntegrationTest extends ConsumingServiceIntegrationTest {

    protected static final StubApi api = new StubApi();

    @DynamicPropertySource
    static void apiAddress(DynamicPropertyRegistry registry) {
        registry.add("samspil.web.api-uri", api::uri);
    }

    protected ResponseEntity<String> get(String path, String bearer) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(browserHeaders(bearer)), String.class);
    }

    /** {@link #get}, with the cookies a browser sends along ({@code name=value}): a redirect's flash, say. */
    protected ResponseEntity<String> get(String path, String bearer, List<String> cookies) {
        HttpHeaders headers = browserHeaders(bearer);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** The cookies an answer set, each as the {@code name=value} a browser sends back. */
    protected static List<String> cookiesSetBy(ResponseEntity<?> answer) {
        return answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .map(header -> header.split(";", 2)[0])
                .toList();
    }

    /** Opens {@code formPage}, then posts {@code fields} to {@code action} with that page's CSRF token. */
    protected ResponseEntity<String> submit(String formPage, String action, String bearer, Map<String, String> fields) {
        return submit(http, formPage, action, bearer, fields);
    }

    /** {@link #submit}, answered by the redirect itself (not followed): Post-Redirect-Get's answer to an accepted form. */
    protected ResponseEntity<String> submitForRedirect(String formPage, String action, String bearer,
                                                       Map<String, String> fields) {
        return submit(http.withRedirects(HttpRedirects.DONT_FOLLOW), formPage, action, bearer, fields);
    }

    private ResponseEntity<String> submit(TestRestTemplate client, String formPage, String action, String bearer,
                                          Map<String, String> fields) {
        ResponseEntity<String> page = get(formPage, bearer);
        String csrf = Jsoup.parse(page.getBody()).select("input[name=_csrf]").attr("value");
        String cookie = cookiesSetBy(page).stream().filter(pair -> pair.startsWith("XSRF-TOKEN=")).findFirst()
                .orElseThrow(() -> new IllegalStateException(formPage + " set no CSRF cookie"));
        HttpHeaders headers = browserHeaders(bearer);
        headers.set(HttpHeaders.COOKIE, cookie);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("_csrf", csrf);
        return client.exchange(action, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static HttpHeaders browserHeaders(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
        if (bearer != null) {
            headers.set(HttpHeaders.AUTHORIZATION, bearer);
        }
        return headers;
    }
}
