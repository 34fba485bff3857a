package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A browser in front of the gateway: it keeps the cookies it is given and sends them back, follows no redirects, and
 * signs in at the {@link TestIdentityProvider} the way a person would.
 */
final class Browser {

    static final String SESSION_COOKIE = "SAMSPIL_SESSION";
    static final String SIGN_IN = "/oauth2/authorization/samspil";

    private final WebTestClient client;
    private final TestIdentityProvider identityProvider;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(WebTestClient client, TestIdentityProvider identityProvider) {
        this.client = client;
        this.identityProvider = identityProvider;
    }

    /** A page: asks for HTML, as a browser's navigation does. */
    EntityExchangeResult<byte[]> open(String pathOrUri) {
        return get(pathOrUri, HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE);
    }

    EntityExchangeResult<byte[]> get(String pathOrUri, String... headerNamesAndValues) {
        return send(HttpMethod.GET, pathOrUri, null, headerNamesAndValues);
    }

    /** A form, {@code application/x-www-form-urlencoded}. */
    EntityExchangeResult<byte[]> post(String path, String form, String... headerNamesAndValues) {
        return send(HttpMethod.POST, path, form, headerNamesAndValues);
    }

    /**
     * Signs {@code subject} in from the start (no page asked for first) and answers where the gateway sends the
     * browser afterwards. The provider's access tokens say they are valid for {@code accessTokenLifetime}.
     */
    URI signIn(String subject, Duration accessTokenLifetime) {
        return comeBackFromProvider(redirectedTo(get(SIGN_IN)), subject, accessTokenLifetime);
    }

    URI signIn(String subject) {
        return signIn(subject, Duration.ofMinutes(15));
    }

    /** The provider signs {@code subject} in and sends the browser back to the gateway, which redeems the code. */
    URI comeBackFromProvider(URI authorizationRequest, String subject, Duration accessTokenLifetime) {
        URI callback = identityProvider.approve(authorizationRequest, subject, accessTokenLifetime);
        return redirectedTo(get(callback.toString()));
    }

    /** Where a redirect sends the browser. */
    static URI redirectedTo(EntityExchangeResult<byte[]> result) {
        assertThat(result.getStatus().value()).as("a redirect").isEqualTo(302);
        return result.getResponseHeaders().getLocation();
    }

    /** The query parameters of {@code uri}, decoded. */
    static MultiValueMap<String, String> parameters(URI uri) {
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUri(uri).build().getQueryParams().forEach((name, values) -> values.forEach(
                value -> decoded.add(name, value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8))));
        return decoded;
    }

    /** A cookie set by someone else (the web's XSRF-TOKEN, which comes through the gateway). */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private EntityExchangeResult<byte[]> send(HttpMethod method, String pathOrUri, String form,
            String... headerNamesAndValues) {
        WebTestClient.RequestBodyUriSpec withMethod = client.method(method);
        // An absolute address comes encoded already (the callback's code and state).
        WebTestClient.RequestBodySpec request = (pathOrUri.startsWith("/")
                ? withMethod.uri(pathOrUri)
                : withMethod.uri(URI.create(pathOrUri)))
                .cookies(sent -> cookies.forEach(sent::add));
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        WebTestClient.RequestHeadersSpec<?> withBody = form == null ? request
                : request.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form);
        EntityExchangeResult<byte[]> result = withBody.exchange().expectBody().returnResult();
        keepCookies(result.getResponseCookies().values().stream().flatMap(List::stream).toList());
        return result;
    }

    private void keepCookies(List<ResponseCookie> set) {
        for (ResponseCookie cookie : set) {
            if (cookie.getMaxAge().isZero()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
