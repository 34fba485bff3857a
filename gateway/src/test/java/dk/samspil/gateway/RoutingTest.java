package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import dk.samspil.gateway.RecordingDownstream.ReceivedRequest;

class RoutingTest extends RunningDownstreams {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/municipalities,                                                   municipality",
            "/api/municipalities/0101/initiatives?status=ACTIVE&q=%C3%A6ldre+unge,   municipality",
            "/api/initiatives/similar?text=for%C3%A6ldre+nikotin&method=SOCIAL_NORMS, municipality",
            "/api/reference/police-districts/1470/municipalities,                   municipality",
            "/api/districts/1470/dashboard?year=2025&theme=nikotin,                  district-council",
            "/api/national/projects?page=2&size=20,                                  national-association",
            "/api/concerns/7c3e9a10-2b4d-4f6a-8e1c-5d9b0a2f3c41/escalation,          municipality",
            "/api/municipalities/0253/concern-feed/stream,                          municipality",
            "/api/districts/1467/cooperation-plan,                                   district-council",
            "/api/local-councils/LR-0336/decisions,                                  local-council"
    })
    void forwardsPathAndQueryUnchangedToTheOwningService(String pathAndQuery, String service) {
        client.get().uri(gatewayUri(pathAndQuery))
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("{\"ok\":true}");

        RecordingDownstream owner = downstream(service);
        assertThat(owner.received()).singleElement()
                .satisfies(request -> {
                    assertThat(request.method()).isEqualTo("GET");
                    assertThat(request.pathAndQuery()).isEqualTo(pathAndQuery);
                });
        allDownstreams().stream()
                .filter(other -> other != owner)
                .forEach(other -> assertThat(other.received()).isEmpty());
    }

    @Test
    void forwardsThePostBodyIntact() {
        // Just under the 64 KiB body limit.
        String body = """
                {"name":"Tryghedsvandring i Ølby","preventionLevel":"PREVENTIVE","budget":300000,"notes":"%s"}"""
                .formatted("æøå ".repeat(9_000));

        client.post().uri(gatewayUri("/api/municipalities/0101/initiatives"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        assertThat(MUNICIPALITY.received()).singleElement()
                .satisfies(request -> {
                    assertThat(request.method()).isEqualTo("POST");
                    assertThat(request.pathAndQuery()).isEqualTo("/api/municipalities/0101/initiatives");
                    assertThat(request.header("Content-Type")).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
                    assertThat(request.body()).isEqualTo(body);
                });
    }

    @Test
    void routesOtherMethodsToo() {
        client.delete().uri(gatewayUri("/api/districts/1470/meetings/42"))
                .exchange()
                .expectStatus().isOk();

        assertThat(DISTRICT_COUNCIL.received()).extracting(ReceivedRequest::method).containsExactly("DELETE");
    }

    @Test
    void tellsTheServiceWhichAddressTheClientUsed() {
        client.get().uri(gatewayUri("/api/municipalities/0101/initiatives"))
                .exchange()
                .expectStatus().isOk();

        assertThat(MUNICIPALITY.received()).singleElement().satisfies(request -> {
            assertThat(request.header("X-Forwarded-Host")).isEqualTo(gatewayUri("").getAuthority());
            assertThat(request.header("X-Forwarded-Proto")).isEqualTo("http");
        });
    }
}
