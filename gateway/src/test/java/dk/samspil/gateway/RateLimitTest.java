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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The client key is the token's subject, or the address of a caller without a valid token, so each test uses
 * subjects and addresses on the loopback network (127.0.0.0/8) of its own and finds fresh buckets.
 */
@TestPropertySource(properties = {
        // A burst of 3, then one request per 100 s: nothing refills while a test runs.
        "samspil.gateway.rate-limit.requests-per-second=0.01",
        "samspil.gateway.rate-limit.burst=3"})
class RateLimitTest extends RunningDownstreams {

    private static final String PATH = "/api/municipalities/0101/initiatives";
    private static final String PUBLIC_PATH = "/api/reference/police-districts";
    private static final int BURST = 3;

    @Autowired
    MeterRegistry meters;

    @Test
    void answers429WithRetryAfterOnceTheBurstIsUsedUp() throws IOException {
        WebTestClient from = clientFrom("127.0.0.2", tokenOf("rate-limit-user-1"));
        double refusedBefore = refusedCount();
        useUpTheBurst(from, PATH);

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
        assertThat(problem.path("detail").asString()).isEqualTo(
                "Der er sendt for mange forespørgsler fra denne klient. Prøv igen om " + retryAfter + " sekunder.");
        assertThat(MUNICIPALITY.received()).hasSize(BURST);
        assertThat(refusedCount()).isEqualTo(refusedBefore + 1);
    }

    @Test
    void twoSubjectsFromOneAddressHaveBucketsOfTheirOwn() {
        WebTestClient first = clientFrom("127.0.0.3", tokenOf("rate-limit-user-2"));
        useUpTheBurst(first, PATH);
        first.get().uri(PATH).exchange().expectStatus().isEqualTo(429);

        useUpTheBurst(clientFrom("127.0.0.3", tokenOf("rate-limit-user-3")), PATH);

        assertThat(MUNICIPALITY.received()).hasSize(2 * BURST);
    }

    @Test
    void oneSubjectFromTwoAddressesSharesOneBucket() {
        String token = tokenOf("rate-limit-user-4");
        WebTestClient office = clientFrom("127.0.0.4", token);
        WebTestClient home = clientFrom("127.0.0.5", token);

        office.get().uri(PATH).exchange().expectStatus().isOk();
        home.get().uri(PATH).exchange().expectStatus().isOk();
        office.get().uri(PATH).exchange().expectStatus().isOk();

        home.get().uri(PATH).exchange().expectStatus().isEqualTo(429);
        office.get().uri(PATH).exchange().expectStatus().isEqualTo(429);
        assertThat(MUNICIPALITY.received()).hasSize(BURST);
    }

    @Test
    void callersWithoutAValidTokenAreCountedByTheirAddress() {
        WebTestClient nobody = clientFrom("127.0.0.6", null);
        WebTestClient forger = clientFrom("127.0.0.6", IDENTITY.tokenSignedByAnotherKey(
                TestIdentityProvider.claims("rate-limit-user-5", "NONE", "AUDITOR")));

        nobody.get().uri(PUBLIC_PATH).exchange().expectStatus().isOk();
        nobody.get().uri(PATH).exchange().expectStatus().isUnauthorized();
        forger.get().uri(PATH).exchange().expectStatus().isUnauthorized();

        nobody.get().uri(PUBLIC_PATH).exchange().expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        forger.get().uri(PATH).exchange().expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        clientFrom("127.0.0.7", null).get().uri(PUBLIC_PATH).exchange().expectStatus().isOk();
        clientFrom("127.0.0.6", tokenOf("rate-limit-user-5")).get().uri(PATH).exchange().expectStatus().isOk();
    }

    @Test
    void theActuatorIsNotLimited() {
        WebTestClient from = clientFrom("127.0.0.8",
                IDENTITY.token("rate-limit-operator", "NONE", "OPERATOR"));
        useUpTheBurst(from, PATH);
        from.get().uri(PATH).exchange().expectStatus().isEqualTo(429);

        for (int i = 0; i < 2 * BURST; i++) {
            from.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }
        from.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void probingUnroutedPathsUsesUpTheBurstToo() {
        WebTestClient from = clientFrom("127.0.0.9", tokenOf("rate-limit-user-6"));
        for (int i = 0; i < BURST; i++) {
            from.get().uri("/api/unknown/" + i).exchange().expectStatus().isNotFound();
        }

        from.get().uri(PATH).exchange().expectStatus().isEqualTo(429);
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void aSignedInBrowserCountsAsItsUserWhereverItConnectsFrom() {
        Browser browser = new Browser(clientFrom("127.0.0.10", null), IDENTITY);
        browser.signIn("rate-limit-user-7");
        useUpTheBurst(clientFrom("127.0.0.11", tokenOf("rate-limit-user-7")), PATH);

        EntityExchangeResult<byte[]> page = browser.open("/initiativer");

        assertThat(page.getStatus().value()).isEqualTo(429);
        assertThat(page.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void browsersThatAreNotSignedInAreCountedByTheirAddressSigningInToo() {
        Browser browser = new Browser(clientFrom("127.0.0.12", null), IDENTITY);
        assertThat(browser.get("/static/samspil.css").getStatus().value()).isEqualTo(200);
        assertThat(browser.open("/initiativer").getStatus().value()).isEqualTo(302);
        assertThat(browser.get(Browser.SIGN_IN).getStatus().value()).isEqualTo(302);

        assertThat(browser.get(Browser.SIGN_IN).getStatus().value()).isEqualTo(429);
        assertThat(browser.get("/static/samspil.css").getStatus().value()).isEqualTo(429);
        assertThat(new Browser(clientFrom("127.0.0.13", null), IDENTITY).get("/static/samspil.css")
                .getStatus().value()).isEqualTo(200);
    }

    private static void useUpTheBurst(WebTestClient from, String path) {
        for (int i = 0; i < BURST; i++) {
            from.get().uri(path).exchange().expectStatus().isOk();
        }
    }

    private static String tokenOf(String subject) {
        return IDENTITY.token(subject, "MUNICIPALITY 0101", "SSP_CONSULTANT");
    }

    private double refusedCount() {
        return meters.get("samspil.gateway.rate-limit.refused").counter().count();
    }

    /**
     * A client whose connections come from {@code address}, sending {@code token} unless it is null; a new
     * connection per request, never a pooled one.
     */
    private WebTestClient clientFrom(String address, String token) {
        HttpClient fromAddress = HttpClient.create(ConnectionProvider.newConnection())
                .bindAddress(() -> new InetSocketAddress(address, 0));
        WebTestClient.Builder client = WebTestClient.bindToServer(new ReactorClientHttpConnector(fromAddress))
                .baseUrl("http://127.0.0.1:" + port);
        if (token != null) {
            client.defaultHeader(HttpHeaders.AUTHORIZATION, bearer(token));
        }
        return client.build();
    }
}
