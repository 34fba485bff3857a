package dk.samspil.platform.testing;

import dk.samspil.platform.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service's API tests do besides their own scenario: JSON over HTTP to the running service with a token (of
 * {@link #caller}, or else of the staff of the organisation the path names), problem answers checked, and the rows of
 * its Axon event store counted.
 */
@Import(TestTokens.Support.class)
public abstract class ServiceApiTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    protected final ObjectMapper json = new ObjectMapper();
    /** Who the requests come from; null: {@link TestCallers#defaultFor the path's organisation}. */
    protected Caller caller;
    private final HttpClient http = HttpClient.newHttpClient();

    protected List<String> storedEvents(String aggregateId) {
        return jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ? order by sequencenumber",
                String.class, aggregateId);
    }

    protected long eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    /** A problem answer (RFC 7807) with this status, naming {@code field} (unless null) as its field or in its errors. */
    protected JsonNode assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        if (field != null) {
            assertThat(Stream.concat(Stream.ofNullable(problem.get("field")).map(JsonNode::asString),
                    problem.path("errors").findValuesAsString("field").stream())).as(response.body()).contains(field);
        }
        return problem;
    }

    protected JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalStateException(body, e);
        }
    }

    protected HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> postWithoutBody(String path) throws Exception {
        return http.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> put(String path, String body) throws Exception {
        return http.send(authorised(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(authorised(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request to the path with the caller's token, if the path has a caller. */
    protected HttpRequest.Builder authorised(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        Optional.ofNullable(caller).or(() -> defaultCaller(path))
                .ifPresent(who -> request.header("Authorization", TestTokens.bearer(who)));
        return request;
    }

    /** Who a request on the path comes from when the test set no {@link #caller}. */
    protected Optional<Caller> defaultCaller(String path) {
        return TestCallers.defaultFor(path);
    }

    protected HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
