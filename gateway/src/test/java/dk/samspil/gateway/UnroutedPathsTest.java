package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

class UnroutedPathsTest extends RunningDownstreams {

    @AfterEach
    void nothingReachedAnyDownstream() {
        allDownstreams().forEach(downstream -> assertThat(downstream.received()).isEmpty());
        assertThat(WEB.received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api",
            "/api/",
            "/api/unknown",
            "/api/municipalitiesX/0101",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/gateway/routes",
            "/api/municipalities/../../actuator/prometheus",
            "/api/municipalities/..",
            "/api/districts/./../../actuator/health",
            "/api/municipalities/%2e%2e/%2e%2e/actuator/prometheus",
            "/api/municipalities/%2E%2E/%2E%2E/actuator/env",
            "/api/municipalities/.%2e/.%2e/actuator/prometheus",
            "/api/municipalities/..%2f..%2factuator%2fprometheus",
            "/api/municipalities/..;/..;/actuator/prometheus",
            "/api/national/%252e%252e/%252e%252e/actuator/prometheus",
            "/api/reference/..%5c..%5cactuator%5cprometheus",
            "/api/reference/%00/actuator",
            "/static/../actuator/env",
            "/offentlig/%2e%2e/api/audit"
    })
    void isNotFoundAsProblemJson(String path) {
        client.get().uri(gatewayUri(path))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationId.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:not-found")
                .jsonPath("$.title").isEqualTo("Ikke fundet")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/municipalities/0101", "/municipality/actuator/prometheus", "/apix", "/actuatorx"})
    void everyOtherPathIsAPageOfTheWebForWhichABrowserSignsIn(String path) {
        // The bearer token counts for the API only.
        client.get().uri(gatewayUri(path))
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location(Browser.SIGN_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/municipalities/../../actuator/prometheus",
            "/api/districts/1470/../../../actuator/env",
            "/api/national/%2e%2e/%2e%2e/actuator/prometheus",
            "/api/municipalities/..;/..;/actuator/prometheus",
            "/api/municipalities/0101/../../../actuator/prometheus?x=1"
    })
    void traversalSentVerbatimOnTheWireIsNotFound(String path) throws IOException {
        RawHttp.Response response = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void backslashesInTheRequestTargetAreRefusedAsBadRequest() throws IOException {
        RawHttp.Response response = RawHttp.send(port,
                "GET /api/municipalities/..\\..\\actuator/prometheus HTTP/1.1\r\nHost: localhost\r\n");

        assertThat(response.status()).isEqualTo(400);
    }
}
