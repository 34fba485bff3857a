package dk.samspil.local.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the end-to-end tests do through the gateway: JSON calls, the dashboards and their lines. */
final class GatewayClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String gatewayUrl;

    GatewayClient(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs and expects 200 or 201; returns the answer's JSON. */
    JsonNode postOk(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isIn(200, 201);
        return json.readTree(response.body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getOk(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
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

    private static JsonNode line(JsonNode lines, String code, JsonNode whole) {
        for (JsonNode line : lines) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("No line " + code + " in " + whole);
    }
}
