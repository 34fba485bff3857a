package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class GatewayActuatorTest extends RunningDownstreams {

    WebTestClient operator;

    @BeforeEach
    void logInAsOperator() {
        operator = clientWith(IDENTITY.token("operator", "NONE", "OPERATOR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"})
    void healthIsUpForAnyoneWithoutAToken(String path) {
        anonymous.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusServesTextWithRouteMetricsToTheOperator() {
        client.get().uri(gatewayUri("/api/districts/1470/dashboard")).exchange().expectStatus().isOk();

        String scrape = operator.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape)
                .contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("application=\"gateway\"")
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{.*routeId=\"district-council\"")
                .contains("# TYPE samspil_gateway_rate_limit_refused_total counter")
                .contains("# TYPE samspil_gateway_rate_limit_clients gauge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/prometheus", "/actuator/info"})
    void theOtherEndpointsNeedAToken(String path) {
        anonymous.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.title").isEqualTo("Login kræves");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/prometheus", "/actuator/info"})
    void theOtherEndpointsAreForbiddenWithoutTheOperatorRole(String path) {
        clientWith(IDENTITY.token("analyst", "NONE", "ANALYST", "AUDITOR")).get().uri(path)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:access-denied")
                .jsonPath("$.title").isEqualTo("Adgang nægtet")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("OPERATOR"))
                .jsonPath("$.instance").isEqualTo(path);
    }

    @Test
    void infoIsForTheOperator() {
        operator.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void exposesNoOtherEndpoints() {
        operator.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        operator.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
        operator.get().uri("/actuator/metrics").exchange().expectStatus().isNotFound();
    }
}
