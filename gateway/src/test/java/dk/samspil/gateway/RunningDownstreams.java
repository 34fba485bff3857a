package dk.samspil.gateway;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of four running services, the web service and an identity provider. They are shared by all
 * subclasses so that they share one Spring context; they live as long as the test JVM.
 */
@AutoConfigureWebTestClient
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Spring Boot tests switch metrics export off; the Prometheus endpoint is under test here.
@AutoConfigureMetrics
abstract class RunningDownstreams {

    static final RecordingDownstream MUNICIPALITY = RecordingDownstream.answering();
    static final RecordingDownstream DISTRICT_COUNCIL = RecordingDownstream.answering();
    static final RecordingDownstream NATIONAL_ASSOCIATION = RecordingDownstream.answering();
    static final RecordingDownstream LOCAL_COUNCIL = RecordingDownstream.answering();
    static final RecordingDownstream WEB = RecordingDownstream.answering();
    static final TestIdentityProvider IDENTITY = TestIdentityProvider.start();

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("samspil.gateway.municipality-uri", MUNICIPALITY::uri);
        registry.add("samspil.gateway.district-council-uri", DISTRICT_COUNCIL::uri);
        registry.add("samspil.gateway.national-association-uri", NATIONAL_ASSOCIATION::uri);
        registry.add("samspil.gateway.local-council-uri", LOCAL_COUNCIL::uri);
        registry.add("samspil.gateway.web-uri", WEB::uri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", IDENTITY::jwkSetUri);
        IDENTITY.signInEndpoints().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Sends no token. */
    @Autowired
    WebTestClient anonymous;

    /** Sends {@link #consultantToken}: for tests of anything but authentication. */
    WebTestClient client;

    /** A valid token of Stevns' SSP consultant, fresh for each test. */
    String consultantToken;

    @LocalServerPort
    int port;

    @BeforeEach
    void forgetEarlierRequests() {
        allDownstreams().forEach(RecordingDownstream::forget);
        WEB.forget();
        IDENTITY.forget();
    }

    @BeforeEach
    void logInAsConsultant() {
        consultantToken = IDENTITY.token("stevns-consultant", "MUNICIPALITY 0336", "SSP_CONSULTANT");
        client = clientWith(consultantToken);
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A client that sends {@code token}. */
    WebTestClient clientWith(String token) {
        return anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, bearer(token)).build();
    }

    /** The services with an API: not the web. */
    static List<RecordingDownstream> allDownstreams() {
        return List.of(MUNICIPALITY, DISTRICT_COUNCIL, NATIONAL_ASSOCIATION, LOCAL_COUNCIL);
    }

    static RecordingDownstream downstream(String service) {
        return switch (service) {
            case "municipality" -> MUNICIPALITY;
            case "district-council" -> DISTRICT_COUNCIL;
            case "national-association" -> NATIONAL_ASSOCIATION;
            case "local-council" -> LOCAL_COUNCIL;
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** An absolute URI built from the exact characters given: no encoding, no normalisation. */
    URI gatewayUri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }
}
