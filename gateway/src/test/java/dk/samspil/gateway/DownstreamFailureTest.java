package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@AutoConfigureWebTestClient
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s")
class DownstreamFailureTest {

    private static final int STOPPED_PORT = freePort();
    private static final RecordingDownstream HANGING = RecordingDownstream.silent();
    private static final RecordingDownstream ANSWERING = RecordingDownstream.answering();
    private static final TestIdentityProvider IDENTITY = TestIdentityProvider.start();

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("samspil.gateway.municipality-uri", () -> "http://127.0.0.1:" + STOPPED_PORT);
        registry.add("samspil.gateway.district-council-uri", HANGING::uri);
        registry.add("samspil.gateway.national-association-uri", ANSWERING::uri);
        registry.add("samspil.gateway.local-council-uri", ANSWERING::uri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwkSetUri);
    }

    @AfterAll
    static void stopDownstreams() {
        HANGING.close();
        ANSWERING.close();
        IDENTITY.close();
    }

    @Autowired
    WebTestClient anonymous;

    WebTestClient client;

    @BeforeEach
    void logIn() {
        String token = IDENTITY.token("auditor", "NONE", "AUDITOR");
        client = anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    @Test
    void stoppedServiceGives503ProblemNamingIt() {
        client.get().uri("/api/municipalities/0101/initiatives")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationId.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Tjenesten er ikke tilgængelig")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("'municipality'"))
                .jsonPath("$.instance").isEqualTo("/api/municipalities/0101/initiatives")
                .jsonPath("$.service").isEqualTo("municipality");
    }

    @Test
    void problemBodyHasNoStackTrace() {
        String body = client.get().uri("/api/municipalities/0101/initiatives")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).doesNotContain("Exception", "\tat ", "Connection refused", "127.0.0.1");
    }

    @Test
    void hangingServiceGives504ProblemNamingIt() {
        client.get().uri("/api/districts/1470/dashboard")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:service-timeout")
                .jsonPath("$.status").isEqualTo(504)
                .jsonPath("$.service").isEqualTo("district-council");

        assertThat(HANGING.received()).hasSize(1);
    }

    @Test
    void anAuditTrailWithoutAServiceItCannotReachIs502NamingThatService() {
        client.get().uri("/api/audit?subject=initiative-1&from=2025-01-01&to=2025-12-31")
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:bad-gateway")
                .jsonPath("$.title").isEqualTo("Tjenesten er ikke tilgængelig")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("'municipality'"))
                .jsonPath("$.service").isEqualTo("municipality")
                .jsonPath("$.instance").isEqualTo("/api/audit");
    }

    @Test
    void anErasureThatCannotReachAServiceIs502NamingThatService() {
        client.post().uri("/api/personal-data/erasure")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"organisationCode\":\"0336\",\"identifier\":\"mette@stevns.dk\"}")
                .exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.service").isEqualTo("municipality");
    }

    @Test
    void otherServicesStillAnswer() {
        client.get().uri("/api/national/projects").exchange().expectStatus().isOk();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
