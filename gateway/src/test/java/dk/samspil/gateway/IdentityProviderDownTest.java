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

/**
 * The gateway with no identity provider to fetch keys from: it starts (nothing is fetched at start), serves public
 * reads and health, answers a token it cannot check with 503 rather than blaming the caller's token, and still sends
 * browsers on their way to sign in (the provider's endpoints are configured, not discovered).
 */
@AutoConfigureWebTestClient
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderDownTest {

    private static final RecordingDownstream SERVICES = RecordingDownstream.answering();
    /** Signs valid tokens, but the gateway is told to fetch keys from a port where nothing listens. */
    private static final TestIdentityProvider UNREACHABLE = TestIdentityProvider.start();
    private static final int NOTHING_LISTENS = freePort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("samspil.gateway.municipality-uri", SERVICES::uri);
        registry.add("samspil.gateway.district-council-uri", SERVICES::uri);
        registry.add("samspil.gateway.national-association-uri", SERVICES::uri);
        registry.add("samspil.gateway.local-council-uri", SERVICES::uri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + NOTHING_LISTENS + "/oauth2/jwks");
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
        UNREACHABLE.close();
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.forget();
    }

    @Test
    void startsAndServesPublicReadsAndHealth() {
        client.get().uri("/api/reference/police-districts").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void aTokenThatCannotBeCheckedIs503NamingTheIdentityProvider() {
        client.get().uri("/api/municipalities/0336/initiatives")
                .header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + UNREACHABLE.token("stevns-consultant", "MUNICIPALITY 0336", "SSP_CONSULTANT"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Login-tjenesten er ikke tilgængelig")
                .jsonPath("$.service").isEqualTo("identity");

        assertThat(SERVICES.received()).isEmpty();
    }

    @Test
    void browsersAreStillSentToSignIn() {
        client.get().uri("/initiativer")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location(Browser.SIGN_IN);
        client.get().uri(Browser.SIGN_IN)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION,
                        location -> assertThat(location).startsWith("http://localhost:9000/oauth2/authorize?"));
    }

    @Test
    void aRequestWithoutATokenIsStill401() {
        client.get().uri("/api/municipalities/0336/initiatives").exchange().expectStatus().isUnauthorized();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
