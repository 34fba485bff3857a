package dk.samspil.local.e2e;

import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the end-to-end tests do through the gateway: JSON calls, the dashboards and their lines. A call carries a token
 * for the organisation its path names (none for the public reads), or for the organisation the test names.
 */
final class GatewayClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String gatewayUrl;
    private final OrganisationTokens tokens;

    GatewayClient(String gatewayUrl, OrganisationTokens tokens) {
        this.gatewayUrl = gatewayUrl;
        this.tokens = tokens;
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, tokens.authorization("POST", path));
    }

    /** POSTs as {@code caller}: for a path that names no organisation (a concern's), or another one than the caller. */
    HttpResponse<String> post(String path, String body, Organisation caller) throws Exception {
        return post(path, body, Optional.of(tokens.authorization(caller)));
    }

    private HttpResponse<String> post(String path, String body, Optional<String> authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs and expects 200 or 201; returns the answer's JSON. */
    JsonNode postOk(String path, String body) throws Exception {
        return ok("POST", path, post(path, body), 200, 201);
    }

    JsonNode postOk(String path, String body, Organisation caller) throws Exception {
        return ok("POST", path, post(path, body, caller), 200, 201);
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(path, tokens.authorization("GET", path));
    }

    HttpResponse<String> get(String path, Organisation caller) throws Exception {
        return get(path, Optional.of(tokens.authorization(caller)));
    }

    private HttpResponse<String> get(String path, Optional<String> authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + path)).GET();
        authorization.ifPresent(value -> request.header("Authorization", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getOk(String path) throws Exception {
        return ok("GET", path, get(path), 200);
    }

    JsonNode json(String body) throws Exception {
        return json.readTree(body);
    }

    JsonNode dashboard(String district) throws Exception {
        return getOk("/api/districts/" + district + "/dashboard");
    }

    JsonNode nationalOverview() throws Exception {
        return getOk("/api/national/overview");
    }

    static JsonNode municipalityLine(JsonNode dashboard, String code) {
        return line(dashboard.get("municipalities"), code, dashboard);
    }

    static JsonNode districtLine(JsonNode overview, String code) {
        return line(overview.get("districts"), code, overview);
    }

    private JsonNode ok(String method, String path, HttpResponse<String> response, Integer... expected) throws Exception {
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isIn((Object[]) expected);
        return json.readTree(response.body());
    }

    private static JsonNode line(JsonNode lines, String code, JsonNode whole) {
        for (JsonNode line : lines) {
            if (line.get("code").asString().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("No line " + code + " in " + whole);
    }
}
