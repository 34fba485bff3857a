package dk.samspil.municipality.access;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import dk.samspil.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipality as a resource server: tokens are validated again behind the gateway, and each caller reaches its
 * own organisation's data only. (The whole matrix of endpoints and roles runs on the embedded stack.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
@EmbeddedKafka(partitions = 1, topics = Topics.MUNICIPALITY_INITIATIVES)
class MunicipalityAccessIntegrationTest extends ServiceApiTest {

    private static final String STEVNS_INITIATIVES = "/api/municipalities/0336/initiatives";
    private static final Caller STEVNS = TestCallers.municipalityStaff("0336");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality_access"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-access-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @AfterEach
    void forgetCaller() {
        caller = null;
    }

    @Test
    void a_call_without_a_token_is_a_401_problem_with_a_bearer_challenge() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(STEVNS_INITIATIVES)).GET().build());

        JsonNode problem = assertProblem(response, 401, null);
        assertThat(problem.get("title").asString()).isEqualTo("Login kræves");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void tokens_from_another_key_issuer_or_audience_or_expired_are_refused() throws Exception {
        assertThat(withToken(TestTokens.foreignToken(STEVNS))).isEqualTo(401);
        assertThat(withToken(TestTokens.token(STEVNS, claims -> claims.issuer("http://evil.example")))).isEqualTo(401);
        assertThat(withToken(TestTokens.token(STEVNS, claims -> claims.audience("another-system")))).isEqualTo(401);
        assertThat(withToken(TestTokens.token(STEVNS, claims -> claims
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))))).isEqualTo(401);
        assertThat(withToken("not-a-jwt")).isEqualTo(401);
        assertThat(withToken(TestTokens.token(STEVNS, claims -> {
        }))).isEqualTo(200);
    }

    @Test
    void staff_reach_their_own_municipality_and_the_district_council_reads_its_municipalities() throws Exception {
        caller = TestCallers.municipalityStaff("0259");
        JsonNode other = assertProblem(get(STEVNS_INITIATIVES), 403, null);
        assertThat(other.get("title").asString()).isEqualTo("Adgang nægtet");

        caller = TestCallers.districtCouncil("1467");
        assertThat(get(STEVNS_INITIATIVES).statusCode()).isEqualTo(200);
        assertProblem(post(STEVNS_INITIATIVES, "{}"), 403, null);
        caller = TestCallers.districtCouncil("1470");
        assertProblem(get(STEVNS_INITIATIVES), 403, null);

        caller = TestCallers.withoutOrganisation(Role.ANALYST);
        assertProblem(get(STEVNS_INITIATIVES), 403, null);
        caller = TestCallers.municipality("0336", Role.SSP_CONSULTANT);
        assertThat(get(STEVNS_INITIATIVES).statusCode()).isEqualTo(200);
        assertProblem(post(STEVNS_INITIATIVES + "/x/approval", "{}"), 403, null);
    }

    @Test
    void reference_data_and_health_are_public_and_metrics_are_for_operators() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/reference/districts")).GET().build()).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build()).statusCode()).isEqualTo(200);
        assertProblem(send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build()), 401, null);
        caller = STEVNS;
        assertProblem(get("/actuator/prometheus"), 403, null);
        caller = TestCallers.withoutOrganisation(Role.OPERATOR);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertProblem(get(STEVNS_INITIATIVES), 403, null);
    }

    @Test
    void a_path_no_rule_names_is_refused_even_with_a_token() throws Exception {
        caller = STEVNS;
        assertProblem(get("/api/municipalities/0336/secrets"), 403, null);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/municipalities/0336/secrets")).GET().build()), 401, null);
    }

    @Test
    void personal_data_is_erased_by_the_organisations_dpo_or_secretariat_only() throws Exception {
        String body = "{\"organisationCode\": \"0336\", \"identifier\": \"nobody@stevns.dk\"}";
        caller = TestCallers.municipality("0336", Role.SSP_CONSULTANT);
        assertProblem(post("/api/personal-data/erasure", body), 403, null);
        caller = TestCallers.municipality("0259", Role.DPO);
        assertProblem(post("/api/personal-data/erasure", body), 403, "organisationCode");
        caller = TestCallers.municipality("0336", Role.DPO);
        assertProblem(post("/api/personal-data/erasure", body), 404, "identifier");
    }

    private int withToken(String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(STEVNS_INITIATIVES)).header("Authorization", "Bearer " + token)
                .GET().build()).statusCode();
    }
}
