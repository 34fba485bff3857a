package dk.samspil.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway's API as the web service sees it, answering with answers saved from a running Samspil
 * ({@code src/test/resources/api}). It records what it was asked and with which token.
 */
public final class StubApi implements AutoCloseable {

    public record Answer(int status, String contentType, String body) {
    }

    public record Request(String method, String pathAndQuery, String authorization, String accept, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    StubApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException cannotBind) {
            throw new UncheckedIOException(cannotBind);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void json(String pathAndQuery, String resource) {
        answers.put(pathAndQuery, new Answer(200, "application/json", resource(resource)));
    }

    /** The answer to a command: {@code method} POST, PUT or DELETE, {@code body} JSON (or empty). */
    public void command(String method, String pathAndQuery, int status, String body) {
        answers.put(method + " " + pathAndQuery, new Answer(status,
                status >= 400 ? "application/problem+json" : "application/json", body));
    }

    public void markdown(String pathAndQuery, String resource) {
        answers.put(pathAndQuery, new Answer(200, "text/markdown;charset=UTF-8", resource(resource)));
    }

    public void problem(String pathAndQuery, int status, String problemJson) {
        answers.put(pathAndQuery, new Answer(status, "application/problem+json", problemJson));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String method = exchange.getRequestMethod();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(method, pathAndQuery, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Accept"), body));
        Answer answer = answers.getOrDefault(method.equals("GET") ? pathAndQuery : method + " " + pathAndQuery,
                new Answer(404, "application/problem+json", "{\"title\":\"Ikke fundet\",\"status\":404}"));
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        byte[] answerBody = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), answerBody.length == 0 ? -1 : answerBody.length);
        if (answerBody.length > 0) {
            exchange.getResponseBody().write(answerBody);
        }
        exchange.close();
    }

    private static String resource(String name) {
        try (InputStream in = StubApi.class.getResourceAsStream("/api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No saved answer " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
