package dk.samspil.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on a random port standing in for a Samspil service: it records what reaches it. */
final class RecordingDownstream implements AutoCloseable {

    record ReceivedRequest(String method, String pathAndQuery, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** How the downstream answers a request it has recorded. */
    @FunctionalInterface
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private static final Answer OK = exchange -> {
        byte[] response = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    };
    private static final Answer NEVER = exchange -> {
    };

    private final HttpServer server;
    // One thread per request, so that an answer that takes its time (a stream) does not hold up the others.
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "recording-downstream");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private final Answer usualAnswer;
    private volatile Answer answer;

    private RecordingDownstream(Answer usualAnswer) {
        this.usualAnswer = usualAnswer;
        this.answer = usualAnswer;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::record);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers every request with 200 {"ok":true}. */
    static RecordingDownstream answering() {
        return new RecordingDownstream(OK);
    }

    /** Accepts requests but never answers them: a hanging service. */
    static RecordingDownstream silent() {
        return new RecordingDownstream(NEVER);
    }

    /** An answer with {@code status}, {@code contentType} and {@code body}. */
    static Answer respond(int status, String contentType, String body) {
        return exchange -> {
            byte[] response = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        };
    }

    /** Answers with {@code answer} instead of the usual one until {@link #forget()}. */
    void answerWith(Answer answer) {
        this.answer = answer;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    void forget() {
        received.clear();
        answer = usualAnswer;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void record(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Headers headers = new Headers();
        headers.putAll(exchange.getRequestHeaders());
        received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
        answer.send(exchange);
    }
}
