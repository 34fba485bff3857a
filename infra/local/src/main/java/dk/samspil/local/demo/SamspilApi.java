package dk.samspil.local.demo;

import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;
import dk.samspil.local.tokens.TokenException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public REST API as the demo data sees it: JSON in, JSON out, anything unexpected is an error naming the call.
 * Every call but the public reads carries a token for the organisation its path names, or the one the caller names.
 */
final class SamspilApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final OrganisationTokens tokens;

    SamspilApi(String baseUrl, OrganisationTokens tokens) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tokens = tokens;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** POSTs the body and expects a 2xx answer; returns it (empty for 204). */
    JsonNode post(String path, Map<String, ?> body) {
        return expectOk("POST", path, body, authorization("POST", path));
    }

    /** POSTs for {@code caller}: for a path that names no organisation, such as a concern's. */
    JsonNode post(String path, Map<String, ?> body, Organisation caller) {
        return expectOk("POST", path, body, Optional.of(authorization(() -> tokens.authorization(caller))));
    }

    /** PUTs the body and expects a 2xx answer; returns it (empty for 204). */
    JsonNode put(String path, Map<String, ?> body) {
        return expectOk("PUT", path, body, authorization("PUT", path));
    }

    private JsonNode expectOk(String method, String path, Map<String, ?> body, Optional<String> authorization) {
        HttpRequest request = request(path, authorization)
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
        return send(request(path, authorization("GET", path)).GET().build());
    }

    private HttpRequest.Builder request(String path, Optional<String> authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private Optional<String> authorization(String method, String path) {
        return authorization(() -> tokens.authorization(method, path));
    }

    /** A token that cannot be had is a failed call like any other. */
    private static <T> T authorization(Supplier<T> token) {
        try {
            return token.get();
        } catch (TokenException e) {
            throw new DemoDataException(0, e.getMessage());
        }
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
        return json.writeValueAsBytes(body);
    }

    record Answer(int status, JsonNode body) {
    }
}
