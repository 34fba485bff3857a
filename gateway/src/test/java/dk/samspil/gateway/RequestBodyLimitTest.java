package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import reactor.core.publisher.Flux;

class RequestBodyLimitTest extends RunningDownstreams {

    private static final String PATH = "/api/municipalities/0101/initiatives";
    private static final int LIMIT = 65_536;
    private static final byte[] KIB = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);

    @Test
    void aBodyOfExactlyTheLimitIsForwardedIntact() {
        String body = jsonOfSize(LIMIT);

        client.post().uri(gatewayUri(PATH))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        assertThat(MUNICIPALITY.received()).singleElement()
                .satisfies(request -> assertThat(request.body()).isEqualTo(body));
    }

    @Test
    void aBodyOneByteOverTheLimitIsRefusedWithAProblem() {
        client.post().uri(gatewayUri(PATH))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(jsonOfSize(LIMIT + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationId.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:samspil:problem:body-too-large")
                .jsonPath("$.title").isEqualTo("For stort indhold")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.detail").isEqualTo("Forespørgslens indhold er større end 64 KiB")
                .jsonPath("$.field").isEqualTo("body")
                .jsonPath("$.maxBytes").isEqualTo(LIMIT)
                .jsonPath("$.instance").isEqualTo(PATH);

        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void aDeclaredContentLengthOverTheLimitIsRefusedWithoutWaitingForTheBody() throws IOException {
        // No body follows the head: a gateway that read the body before answering would wait until the socket times out.
        RawHttp.Response response = RawHttp.send(port, "POST " + PATH + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + bearer(consultantToken) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + (LIMIT + 1) + "\r\n");

        assertBodyTooLarge(response);
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void aHugeDeclaredBodyIsRefusedAndTheConnectionClosed() throws IOException {
        RawHttp.Response response = RawHttp.sendAndReadUntilClosed(port, "POST " + PATH + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + bearer(consultantToken) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 10737418240\r\n", new byte[0]);

        assertBodyTooLarge(response);
        assertThat(response.header("Connection")).isEqualTo("close");
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void aChunkedBodyUnderTheLimitIsForwardedIntact() {
        Flux<DataBuffer> chunks = Flux.range(0, LIMIT / KIB.length)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(KIB.clone()));

        client.post().uri(gatewayUri(PATH))
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(chunks))
                .exchange()
                .expectStatus().isOk();

        assertThat(MUNICIPALITY.received()).singleElement().satisfies(request -> {
            assertThat(request.header("Transfer-Encoding")).isEqualTo("chunked");
            assertThat(request.body()).isEqualTo("x".repeat(LIMIT));
        });
    }

    @Test
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit() throws IOException {
        // One byte over the limit and no last chunk: only a gateway that counts as the body streams can answer. The
        // client sends nothing after that byte, so the gateway's close leaves no unread data (which would be a reset).
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int i = 0; i < LIMIT / KIB.length; i++) {
            chunks.write(chunk(KIB));
        }
        chunks.write("1\r\nx".getBytes(StandardCharsets.US_ASCII));

        RawHttp.Response response = RawHttp.sendAndReadUntilClosed(port, "POST " + PATH + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + bearer(consultantToken) + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n", chunks.toByteArray());

        assertBodyTooLarge(response);
        assertThat(response.header("Connection")).isEqualTo("close");
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    @Test
    void aChunkedBodyWithoutEndIsCutOff() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + PATH + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: " + bearer(consultantToken) + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = chunk(KIB);
            CompletableFuture<Void> streaming = CompletableFuture.runAsync(() -> {
                try {
                    while (true) {
                        out.write(chunk);
                    }
                } catch (IOException cutOff) {
                    // the gateway closed the connection: what this test waits for
                }
            });

            // A gateway that kept reading and discarding would let the client stream on until the test gives up.
            streaming.get(10, TimeUnit.SECONDS);
        }
        assertThat(MUNICIPALITY.received()).isEmpty();
    }

    private static void assertBodyTooLarge(RawHttp.Response response) throws IOException {
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:samspil:problem:body-too-large");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("maxBytes").asLong()).isEqualTo(LIMIT);
    }

    /** {@code data} framed as one HTTP/1.1 chunk. */
    private static byte[] chunk(byte[] data) {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        framed.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        framed.writeBytes(data);
        framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return framed.toByteArray();
    }

    /** A JSON object of exactly {@code bytes} bytes. */
    private static String jsonOfSize(int bytes) {
        char[] notes = new char[bytes - "{\"notes\":\"\"}".length()];
        Arrays.fill(notes, 'n');
        return "{\"notes\":\"" + new String(notes) + "\"}";
    }
}
