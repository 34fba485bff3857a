package dk.samspil.gateway;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Answers 429 with {@code Retry-After} when a client has used up its token bucket, before the request is routed.
 * Every path counts (probing unrouted paths too) except the gateway's own actuator, which monitoring must reach.
 * Not a bean: {@link SecurityConfiguration} puts it into both security chains right after authentication, so that the
 * key resolver sees the token's subject or the signed-in user, and also asks it before answering a rejected token.
 */
class RateLimitFilter implements WebFilter {

    /** The key of requests whose client the resolver cannot name: they share one bucket rather than go unlimited. */
    private static final String UNKNOWN_CLIENT = "unknown";

    private final boolean enabled;
    private final ClientRateLimiter limiter;
    private final KeyResolver clientKey;
    private final String actuatorBasePath;
    private final Counter refused;

    RateLimitFilter(RateLimitProperties limits, KeyResolver clientKey, WebEndpointProperties actuator,
            MeterRegistry meters) {
        this.enabled = limits.enabled();
        this.limiter = new ClientRateLimiter(limits.requestsPerSecond(), limits.burst(), System::nanoTime);
        this.clientKey = clientKey;
        this.actuatorBasePath = actuator.getBasePath();
        this.refused = Counter.builder("samspil.gateway.rate-limit.refused")
                .description("Requests answered 429 because the client had used up its rate limit")
                .register(meters);
        Gauge.builder("samspil.gateway.rate-limit.clients", limiter, ClientRateLimiter::trackedClients)
                .description("Clients the rate limiter holds a token bucket for")
                .register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return limit(exchange, () -> chain.filter(exchange));
    }

    /** Counts the request against its client: {@code then} when the client has a token left, otherwise a 429. */
    Mono<Void> limit(ServerWebExchange exchange, Supplier<Mono<Void>> then) {
        if (!enabled || isActuator(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return then.get();
        }
        return clientKey.resolve(exchange)
                .defaultIfEmpty(UNKNOWN_CLIENT)
                .flatMap(client -> limiter.take(client)
                        .map(this::refuse)
                        .orElseGet(then));
    }

    private Mono<Void> refuse(Duration wait) {
        refused.increment();
        long retryAfterSeconds = retryAfterSeconds(wait);
        return Mono.error(new RefusedRequest(GatewayProblems.tooManyRequests(retryAfterSeconds))
                .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    /** Whole seconds, rounded up so that a client that waits as told finds a token; never 0. */
    static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private boolean isActuator(String path) {
        // An empty base path would put the actuator at the root; then nothing is exempt rather than everything.
        return !actuatorBasePath.isEmpty()
                && (path.equals(actuatorBasePath) || path.startsWith(actuatorBasePath + "/"));
    }
}
