package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The client key is the address a client connects from, so each test calls from an address of its own on the
 * loopback network (127.0.0.0/8) and finds a fresh bucket.
 */
@TestPropertySource(properties = {
        // A burst of 3, then one request per 100 s: nothing refills while a test runs.
        "samspil.gateway.rate-limit.requests-per-second=0.01",
        "samspil.gateway.rate-limit.burst=3"})
class RateLimitTest extends RunningDownstreams {

    private static final String PATH = "/api/municipalities/0101/initiatives";
    private static final int BURST = 3;

    @Autowired
    MeterRegistry meters;

    @Test
    void answers429WithRetryAfterOnceTheBurstIsUsedUp() throws IOException {
        WebTestClient from = clientFrom("127.0.0.2");
        double refusedBefore = refusedCount();
        for (int i = 0; i < BURST; i++) {
            from.get().uri(PATH).exchange().expectStatus().isOk();
        }

        EntityExchangeResult<byte[]> refused = from.get().uri(PATH)
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationId.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:too-many-requests")
                .jsonPath("$.title").isEqualTo("For mange forespørgsler")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.instance").isEqualTo(PATH)
                .returnResult();

        String retryAfter = refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).matches("[0-9]+");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 100L);
        JsonNode problem = new ObjectMapper().readTree(refused.getResponseBody());
        assertThat(problem.path("detail").asText()).isEqualTo(
                "Der er sendt for mange forespørgsler fra denne klient. Prøv igen om " + retryAfter + " sekunder.");
        assertThat(MUNICIPALITY.received()).hasSize(BURST);
        assertThat(refusedCount()).isEqualTo(refusedBefore + 1);
    }

    @Test
    void anotherClientIsNotAffected() {
        WebTestClient busy = clientFrom("127.0.0.3");
        for (int i = 0; i < BURST; i++) {
            busy.get().uri(PATH).exchange().expectStatus().isOk();
        }
        busy.get().uri(PATH).exchange().expectStatus().isEqualTo(429);

        WebTestClient other = clientFrom("127.0.0.4");
        for (int i = 0; i < BURST; i++) {
            other.get().uri(PATH).exchange().expectStatus().isOk();
        }
        assertThat(MUNICIPALITY.received()).hasSize(2 * BURST);
    }

    @Test
    void theActuatorIsNotLimited() {
        WebTestClient from = clientFrom("127.0.0.5");
        for (int i = 0; i < BURST; i++) {
            from.get().uri(PATH).exchange().expectStatus().isOk();
        }
        from.get().uri(PATH).exchange().expectStatus().isEqualTo(429);

        for (int i = 0; i < 2 * BURST; i++) {
            from.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
        from.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void probingUnroutedPathsUsesUpTheBurstToo() {
        WebTestClient from = clientFrom("127.0.0.6");
        for (int i = 0; i < BURST; i++) {
            from.get().uri("/api/unknown/" + i).exchange().expectStatus().isNotFound();
        }

        from.get().uri(PATH).exchange().expectStatus().isEqualTo(429);
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    private double refusedCount() {
        return meters.get("samspil.gateway.rate-limit.refused").counter().count();
    }

    /** A client whose connections come from {@code address}; a new connection per request, never a pooled one. */
    private WebTestClient clientFrom(String address) {
        HttpClient fromAddress = HttpClient.create(ConnectionProvider.newConnection())
                .bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(fromAddress))
                .baseUrl("http://127.0.0.1:" + port)
                .build();
    }
}
