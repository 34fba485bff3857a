package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import dk.samspil.gateway.RecordingDownstream.ReceivedRequest;

class IdentityHeadersTest extends RunningDownstreams {

    private static final List<String> IDENTITY_HEADERS = List.of(
            "X-Forwarded-User", "X-Remote-User", "Remote-User", "X-User", "X-User-Id",
            "X-Auth-Request-User", "X-Auth-Request-Email", "X-Auth-Request-Groups",
            "X-Organisation", "X-Roles",
            "X-Samspil-Actor", "x-samspil-organisation", "X-SAMSPIL-ROLES", "X-Samspil-");

    @Test
    void clientSentIdentityHeadersNeverReachAService() {
        ReceivedRequest received = sendWithIdentityHeaders(client, "/api/municipalities/0336/initiatives", MUNICIPALITY);

        IDENTITY_HEADERS.forEach(name -> assertThat(received.header(name)).as(name).isNull());
        assertThat(received.headers().get(HttpHeaders.AUTHORIZATION)).containsExactly(bearer(consultantToken));
    }

    @Test
    void areStrippedFromPublicReadsToo() {
        ReceivedRequest received = sendWithIdentityHeaders(anonymous, "/api/reference/police-districts", MUNICIPALITY);

        IDENTITY_HEADERS.forEach(name -> assertThat(received.header(name)).as(name).isNull());
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isNull();
    }

    @Test
    void thePurposeAndOtherHeadersPass() {
        client.get().uri(gatewayUri("/api/municipalities/0336/initiatives"))
                .header("Samspil-Purpose", "opfølgning på handleplan")
                .header("X-Sampil-Typo", "kept")
                .header("X-Users-Choice", "kept")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "da")
                .exchange()
                .expectStatus().isOk();

        assertThat(MUNICIPALITY.received()).singleElement().satisfies(request -> {
            assertThat(request.header("Samspil-Purpose")).isEqualTo("opfølgning på handleplan");
            assertThat(request.header("X-Sampil-Typo")).isEqualTo("kept");
            assertThat(request.header("X-Users-Choice")).isEqualTo("kept");
            assertThat(request.header(HttpHeaders.ACCEPT_LANGUAGE)).isEqualTo("da");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-User", "x-user", "X-USER", "X-Samspil-Org-Code", "x-samspil-x", "Remote-User"})
    void namesAreMatchedWhateverTheirCase(String name) {
        assertThat(IdentityHeadersFilter.isIdentityHeader(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Samspil-Purpose", "Authorization", "X-Correlation-Id", "X-Samspil", "X-Users", "User-Agent"})
    void otherNamesAreNot(String name) {
        assertThat(IdentityHeadersFilter.isIdentityHeader(name)).isFalse();
    }

    private ReceivedRequest sendWithIdentityHeaders(WebTestClient from, String path, RecordingDownstream owner) {
        from.get().uri(gatewayUri(path))
                .headers(headers -> IDENTITY_HEADERS.forEach(name -> headers.add(name, "national-board")))
                .header("Samspil-Purpose", "tilsyn")
                .exchange()
                .expectStatus().isOk();

        assertThat(owner.received()).hasSize(1);
        ReceivedRequest received = owner.received().get(0);
        assertThat(received.header("Samspil-Purpose")).isEqualTo("tilsyn");
        return received;
    }
}
