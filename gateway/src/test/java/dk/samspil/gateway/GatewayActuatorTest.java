package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class GatewayActuatorTest extends RunningDownstreams {

    @Test
    void readinessIsUp() {
        client.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void livenessIsUp() {
        client.get().uri("/actuator/health/liveness")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusServesTextWithRouteMetrics() {
        client.get().uri(gatewayUri("/api/districts/1470/dashboard")).exchange().expectStatus().isOk();

        String scrape = client.get().uri("/actuator/prometheus")
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

    @Test
    void exposesNoOtherEndpoints() {
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/gateway/routes").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/info").exchange().expectStatus().isOk();
    }
}
