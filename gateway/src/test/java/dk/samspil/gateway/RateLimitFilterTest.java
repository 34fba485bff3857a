package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Mono;

class RateLimitFilterTest {

    private final AtomicInteger passedOn = new AtomicInteger();
    private final WebFilterChain chain = exchange -> Mono.fromRunnable(passedOn::incrementAndGet);

    @Test
    void letsEverythingThroughWhenSwitchedOff() {
        RateLimitFilter filter = filter(new RateLimitProperties(false, 0.01, 1));

        for (int i = 0; i < 5; i++) {
            filter.filter(requestFrom("10.0.0.1"), chain).block();
        }

        assertThat(passedOn).hasValue(5);
    }

    @Test
    void requestsWhoseClientCannotBeNamedShareOneBucket() {
        RateLimitFilter filter = filter(new RateLimitProperties(true, 0.01, 2));

        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/x").remoteAddress(null)), chain).block();
        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/y").remoteAddress(null)), chain).block();

        assertThatThrownBy(() -> filter.filter(
                MockServerWebExchange.from(MockServerHttpRequest.get("/api/z").remoteAddress(null)), chain).block())
                .isInstanceOf(RefusedRequest.class);
        assertThat(passedOn).hasValue(2);
    }

    @Test
    void refusalCarriesTheRetryAfterHeader() {
        RateLimitFilter filter = filter(new RateLimitProperties(true, 0.5, 1));
        filter.filter(requestFrom("10.0.0.1"), chain).block();

        assertThatThrownBy(() -> filter.filter(requestFrom("10.0.0.1"), chain).block())
                .isInstanceOfSatisfying(RefusedRequest.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(429);
                    assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("2");
                });
    }

    @Test
    void refusesSettingsThatWouldStopAllTraffic() {
        assertThatThrownBy(() -> new RateLimitProperties(true, 0, 400)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties(true, 200, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RateLimitFilter filter(RateLimitProperties limits) {
        return new RateLimitFilter(limits, new ClientKeyResolver(), new WebEndpointProperties(),
                new SimpleMeterRegistry());
    }

    private static MockServerWebExchange requestFrom(String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/municipalities")
                .remoteAddress(new InetSocketAddress(address, 40_000)));
    }
}
