package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest extends RunningDownstreams {

    private static final String PATH = "/api/municipalities/0101/initiatives";

    @Test
    void isGeneratedWhenAbsentAndSentBothWays() {
        String onResponse = client.get().uri(gatewayUri(PATH))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CorrelationId.HEADER);

        assertThat(onResponse).matches(UUID_PATTERN);
        assertThat(downstreamCorrelationId()).isEqualTo(onResponse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssp-2025.request_01", "a", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void isKeptWhenValid(String valid) {
        client.get().uri(gatewayUri(PATH))
                .header(CorrelationId.HEADER, valid)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(CorrelationId.HEADER, valid);

        assertThat(downstreamCorrelationId()).isEqualTo(valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", // 65 characters
            "with space",
            "<script>alert(1)</script>",
            "abc%0d%0aSet-Cookie:%20x=1",
            "kø-1",
            "a/b",
            ""})
    void isReplacedWhenNotSane(String garbage) {
        String onResponse = client.get().uri(gatewayUri(PATH))
                .header(CorrelationId.HEADER, garbage)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CorrelationId.HEADER);

        assertThat(onResponse).matches(UUID_PATTERN);
        assertThat(downstreamCorrelationId()).isEqualTo(onResponse);
    }

    @Test
    void isReplacedWhenTwoHundredCharactersLong() {
        String tooLong = "x".repeat(200);

        String onResponse = client.get().uri(gatewayUri(PATH))
                .header(CorrelationId.HEADER, tooLong)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CorrelationId.HEADER);

        assertThat(onResponse).matches(UUID_PATTERN);
        assertThat(downstreamCorrelationId()).isEqualTo(onResponse);
    }

    @Test
    void isReplacedWhenItSpansALineBreak() throws IOException {
        // An obsolete folded header: Netty joins "abc" CRLF SP "def" into "abc def", which is not sane.
        RawHttp.Response response = RawHttp.send(port, "GET " + PATH + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + bearer(consultantToken) + "\r\n"
                + "X-Correlation-Id: abc\r\n def\r\n");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header(CorrelationId.HEADER)).matches(UUID_PATTERN);
        assertThat(downstreamCorrelationId()).isEqualTo(response.header(CorrelationId.HEADER));
    }

    @Test
    void aBareCarriageReturnInTheHeaderIsRefusedBeforeRouting() throws IOException {
        RawHttp.Response response = RawHttp.send(port, "GET " + PATH + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "X-Correlation-Id: abc\rSet-Cookie: x=1\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void isOnResponsesTheGatewayAnswersItself() {
        client.get().uri(gatewayUri("/api/unknown"))
                .header(CorrelationId.HEADER, "lost-request-7")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals(CorrelationId.HEADER, "lost-request-7")
                .expectBody().jsonPath("$.correlationId").isEqualTo("lost-request-7");
    }

    private static String downstreamCorrelationId() {
        assertThat(MUNICIPALITY.received()).hasSize(1);
        return MUNICIPALITY.received().get(0).header(CorrelationId.HEADER);
    }
}
