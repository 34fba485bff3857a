package dk.samspil.web.api;

import dk.samspil.web.signin.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The services' APIs, asked through the gateway with the signed-in user's own token: a page shows exactly what its
 * user may see. A refusal becomes the matching Danish error page ({@link ApiRefusedException}).
 */
@Component
public class SamspilApi {

    private final RestClient client;

    SamspilApi(RestClient.Builder builder, @Value("${samspil.web.api-uri}") URI apiUri) {
        this.client = builder
                .baseUrl(apiUri.toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))))
                .build();
    }

    public <T> T get(Class<T> type, String uriTemplate, Object... variables) {
        return call(spec -> spec.accept(MediaType.APPLICATION_JSON).retrieve().body(type), uriTemplate, variables);
    }

    public String getMarkdown(String uriTemplate, Object... variables) {
        return call(spec -> spec.accept(MediaType.TEXT_MARKDOWN).retrieve().body(String.class), uriTemplate, variables);
    }

    /** A command: the body as JSON; the service's answer, or null when it has none. */
    public <T> T post(Class<T> answer, Object body, String uriTemplate, Object... variables) {
        return send(HttpMethod.POST, answer, body, uriTemplate, variables);
    }

    public <T> T put(Class<T> answer, Object body, String uriTemplate, Object... variables) {
        return send(HttpMethod.PUT, answer, body, uriTemplate, variables);
    }

    /** A command without a body that ends something (a subscription, say). */
    public void delete(String uriTemplate, Object... variables) {
        exchange("DELETE " + uriTemplate, () -> client.delete().uri(uriTemplate, variables)
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .retrieve()
                .toBodilessEntity());
    }

    private <T> T send(HttpMethod method, Class<T> answer, Object body, String uriTemplate, Object... variables) {
        return exchange(method + " " + uriTemplate, () -> client.method(method).uri(uriTemplate, variables)
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(answer));
    }

    private <T> T call(Function<RestClient.RequestHeadersSpec<?>, T> exchange, String uriTemplate, Object... variables) {
        return exchange("GET " + uriTemplate, () -> exchange.apply(client.get().uri(uriTemplate, variables)
                .header(HttpHeaders.AUTHORIZATION, bearer())
                .header("Samspil-Purpose", "Visning i Samspils webside")));
    }

    private static String bearer() {
        return "Bearer " + currentUser().accessToken();
    }

    private static <T> T exchange(String call, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (RestClientResponseException refused) {
            throw new ApiRefusedException(HttpStatus.valueOf(refused.getStatusCode().value()), call,
                    problemOf(refused), refused);
        } catch (ResourceAccessException unreachable) {
            throw new ApiRefusedException(HttpStatus.SERVICE_UNAVAILABLE, call, null, unreachable);
        }
    }

    private static ApiRefusedException.Problem problemOf(RestClientResponseException refused) {
        try {
            return refused.getResponseBodyAs(ApiRefusedException.Problem.class);
        } catch (RuntimeException notAProblemBody) {
            return null;
        }
    }

    private static SignedInUser currentUser() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("The services are asked only for a signed-in user"));
    }
}
