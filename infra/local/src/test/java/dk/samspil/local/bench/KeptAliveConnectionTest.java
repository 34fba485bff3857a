package dk.samspil.local.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptAliveConnectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] REQUEST = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());

    KeptAliveConnectionTest() throws IOException {
    }

    @AfterEach
    void closeTheServer() throws IOException {
        server.close();
    }

    @Test
    void pipelined_answers_are_read_in_order_whatever_marks_the_end_of_their_bodies() throws Exception {
        answerEveryRequestWith("""
                HTTP/1.1 200 OK\r
                Content-Length: 5\r
                \r
                hello""", """
                HTTP/1.1 401 Unauthorized\r
                Transfer-Encoding: chunked\r
                \r
                3;name=value\r
                abc\r
                A\r
                0123456789\r
                0\r
                Trailer: yes\r
                \r
                """, """
                HTTP/1.1 204 No Content\r
                \r
                """);

        try (KeptAliveConnection connection = KeptAliveConnection.open("127.0.0.1", server.getLocalPort(), TIMEOUT)) {
            connection.write(List.of(REQUEST, REQUEST, REQUEST));

            assertThat(connection.read(TIMEOUT)).isEqualTo(new KeptAliveConnection.Answer(200, true));
            assertThat(connection.read(TIMEOUT)).isEqualTo(new KeptAliveConnection.Answer(401, true));
            assertThat(connection.read(TIMEOUT)).isEqualTo(new KeptAliveConnection.Answer(204, true));
        }
    }

    @Test
    void an_answer_that_closes_the_connection_says_so() throws Exception {
        answerEveryRequestWith("""
                HTTP/1.1 413 Payload Too Large\r
                Connection: close\r
                Content-Length: 0\r
                \r
                """);

        try (KeptAliveConnection connection = KeptAliveConnection.open("127.0.0.1", server.getLocalPort(), TIMEOUT)) {
            connection.write(List.of(REQUEST));

            assertThat(connection.read(TIMEOUT)).isEqualTo(new KeptAliveConnection.Answer(413, false));
        }
    }

    @Test
    void a_request_the_server_reads_and_never_answers_times_out() throws Exception {
        answerEveryRequestWith();

        try (KeptAliveConnection connection = KeptAliveConnection.open("127.0.0.1", server.getLocalPort(), TIMEOUT)) {
            connection.write(List.of(REQUEST));

            long start = System.nanoTime();
            assertThatThrownBy(() -> connection.read(Duration.ofMillis(300))).isInstanceOf(SocketTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
        }
    }

    @Test
    void a_connection_closed_in_the_middle_of_an_answer_is_no_answer() throws Exception {
        answerEveryRequestWith("""
                HTTP/1.1 200 OK\r
                Content-Length: 100\r
                \r
                only part""");

        try (KeptAliveConnection connection = KeptAliveConnection.open("127.0.0.1", server.getLocalPort(), TIMEOUT)) {
            connection.write(List.of(REQUEST));

            assertThatThrownBy(() -> connection.read(TIMEOUT)).isInstanceOf(EOFException.class);
        }
    }

    /**
     * Accepts one connection, reads requests up to their blank line and writes the next answer for each; after the
     * last one, closes the connection when the answers run out, or keeps reading without answering when there are none.
     */
    private void answerEveryRequestWith(String... answers) {
        CompletableFuture.runAsync(() -> {
            try (Socket client = server.accept()) {
                InputStream in = client.getInputStream();
                for (String answer : answers) {
                    readRequest(in);
                    client.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                }
                if (answers.length == 0) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            } catch (IOException closedByTheTest) {
                // the test is over
            }
        });
    }

    private static void readRequest(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
