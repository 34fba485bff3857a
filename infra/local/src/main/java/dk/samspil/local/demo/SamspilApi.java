package dk.samspil.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The public REST API as the demo data sees it: JSON in, JSON out, anything unexpected is an error naming the call. */
final class SamspilApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    SamspilApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** POSTs the body and expects a 2xx answer; returns it (empty for 204). */
    JsonNode post(String path, Map<String, ?> body) {
        return expectOk("POST", path, body);
    }

    /** PUTs the body and expects a 2xx answer; returns it (empty for 204). */
    JsonNode put(String path, Map<String, ?> body) {
        return expectOk("PUT", path, body);
    }

    private JsonNode expectOk(String method, String path, Map<String, ?> body) {
        HttpRequest request = request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
        Answer answer = send(request);
        if (answer.status() / 100 != 2) {
            throw new DemoDataException(answer.status(), method + " " + path + " gav " + answer.status() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    /** GETs and returns status and body; the caller decides what a 404 means. */
    Answer get(String path) {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            return new Answer(response.statusCode(), body.length == 0 ? json.createObjectNode() : json.readTree(body));
        } catch (IOException e) {
            throw new DemoDataException(0, "Kunne ikke nå " + request.uri() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoDataException(0, "Afbrudt under " + request.uri());
        }
    }

    private byte[] bytes(Map<String, ?> body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(int status, JsonNode body) {
    }
}
