package dk.samspil.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.core.codec.CodecException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Asks every service behind the gateway the same question on the caller's behalf, all at once: the same method, path,
 * query string and body, with the caller's token, correlation id and purpose. Every service's outcome comes back, in
 * service order; one that cannot be reached or answers too late is an outcome too, so that the endpoint decides what
 * its caller is told.
 */
@Component
class FanOut {

    /** Why the caller reads: the services write it into their audit store. */
    static final String PURPOSE_HEADER = "Samspil-Purpose";

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);
    private static final List<String> FORWARDED_HEADERS =
            List.of(HttpHeaders.AUTHORIZATION, CorrelationId.HEADER, PURPOSE_HEADER, HttpHeaders.CONTENT_TYPE);
    /** Room for a long audit trail from one service; a larger answer is one the gateway cannot read. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;
    private static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] NO_BODY = new byte[0];

    /** What one service answered, or the problem of not getting an answer from it. */
    sealed interface Outcome permits Answer, NoAnswer {

        String service();

        int status();

        default boolean succeeded() {
            return status() >= 200 && status() < 300;
        }
    }

    record Answer(String service, HttpStatusCode statusCode, MediaType contentType, byte[] body) implements Outcome {

        @Override
        public int status() {
            return statusCode.value();
        }
    }

    record NoAnswer(String service, ProblemDetail problem) implements Outcome {

        @Override
        public int status() {
            return problem.getStatus();
        }
    }

    private final Map<String, URI> services;
    private final WebClient webClient;
    private final Duration responseTimeout;

    FanOut(DownstreamServices downstream, HttpClientProperties httpClient) {
        this.services = downstream.byName();
        HttpClient client = HttpClient.create();
        if (httpClient.getConnectTimeout() != null) {
            client = client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, httpClient.getConnectTimeout());
        }
        // Not Spring Boot's observed builder: its http.client.requests meters would clash with the gateway's own, whose
        // tags differ, and Prometheus would then drop one of the two.
        this.webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(client))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
                .build();
        this.responseTimeout = httpClient.getResponseTimeout() != null
                ? httpClient.getResponseTimeout()
                : DEFAULT_RESPONSE_TIMEOUT;
    }

    List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    /** {@code path} on every service, with the query string of {@code request}; {@code body} may be null. */
    Mono<List<Outcome>> ask(ServerRequest request, HttpMethod method, String path, byte[] body) {
        String query = request.uri().getRawQuery();
        String pathAndQuery = query == null ? path : path + "?" + query;
        HttpHeaders forwarded = new HttpHeaders();
        FORWARDED_HEADERS.forEach(name -> {
            List<String> values = request.headers().header(name);
            if (!values.isEmpty()) {
                forwarded.put(name, values);
            }
        });
        return Flux.fromIterable(services.entrySet())
                .flatMapSequential(service -> ask(service.getKey(), service.getValue(), method, pathAndQuery,
                        forwarded, body))
                .collectList();
    }

    /**
     * The outcome that tells the caller most about why the question failed, or empty when {@code acceptable} holds
     * for every one: 401, then 403, 400, 422, any other 4xx, then the rest (5xx, services not reached); among equals
     * the first service. A refusal decides the answer whatever the other services did.
     */
    static Optional<Outcome> mostTellingFailure(List<Outcome> outcomes, Predicate<Outcome> acceptable) {
        return outcomes.stream()
                .filter(acceptable.negate())
                .min(Comparator.comparingInt(outcome -> rank(outcome.status())));
    }

    /** Passes a service's failure on as it came, status, type and body; the gateway's own problem if there was none. */
    static Mono<ServerResponse> answerWith(Outcome failure) {
        if (failure instanceof Answer answer) {
            ServerResponse.BodyBuilder response = ServerResponse.status(answer.statusCode());
            if (answer.contentType() != null) {
                response.contentType(answer.contentType());
            }
            return response.bodyValue(answer.body());
        }
        return Mono.error(new RefusedRequest(((NoAnswer) failure).problem()));
    }

    private static int rank(int status) {
        return switch (status) {
            case 401 -> 0;
            case 403 -> 1;
            case 400 -> 2;
            case 422 -> 3;
            default -> status >= 400 && status < 500 ? 4 : 5;
        };
    }

    private Mono<Outcome> ask(String service, URI base, HttpMethod method, String pathAndQuery, HttpHeaders headers,
            byte[] body) {
        WebClient.RequestBodySpec request = webClient.method(method)
                .uri(URI.create(withoutTrailingSlash(base) + pathAndQuery))
                .headers(outgoing -> outgoing.addAll(headers));
        WebClient.RequestHeadersSpec<?> withBody = body == null ? request : request.bodyValue(body);
        return withBody
                .exchangeToMono(response -> response.bodyToMono(byte[].class)
                        .defaultIfEmpty(NO_BODY)
                        .map(bytes -> (Outcome) new Answer(service, response.statusCode(),
                                response.headers().contentType().orElse(null), bytes)))
                .timeout(responseTimeout)
                .onErrorResume(error -> Mono.just(noAnswer(service, headers.getFirst(CorrelationId.HEADER), error)));
    }

    private static NoAnswer noAnswer(String service, String correlationId, Throwable error) {
        log.warn("{} gave no answer to a fan-out [correlationId={}]: {}", service, correlationId, error.toString());
        if (error instanceof TimeoutException) {
            return new NoAnswer(service, GatewayProblems.serviceTimeout(service));
        }
        if (error instanceof DataBufferLimitException || error instanceof CodecException) {
            return new NoAnswer(service, GatewayProblems.unreadableAnswer(service));
        }
        return new NoAnswer(service, GatewayProblems.serviceUnreachable(service));
    }

    private static String withoutTrailingSlash(URI base) {
        String uri = base.toString();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
