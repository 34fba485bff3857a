package dk.samspil.local.tokens;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The identity provider's token endpoint, {@code <issuer>/oauth2/token}, as a client over plain HTTP. */
final class IdentityProvider {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI issuer;
    private final HttpClient http;
    private final Clock clock;

    IdentityProvider(String issuer, HttpClient http, Clock clock) {
        this.issuer = URI.create(issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer);
        this.http = http;
        this.clock = clock;
    }

    URI issuer() {
        return issuer;
    }

    /** An endpoint of the provider: {@code path} (with its query) below the issuer. */
    URI resolve(String path) {
        return URI.create(issuer + path);
    }

    /** POSTs the form to the token endpoint and returns the access token; anything but 200 is a {@link TokenException}. */
    /** The {@code Authorization} header of a confidential client at the token endpoint (client_secret_basic). */
    static String clientAuthorization(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    AccessToken token(Map<String, String> form, String authorization, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve("/oauth2/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = send(request.build());
        JsonNode body = json(response);
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            String error = body.path("error").asString("svar " + response.statusCode());
            String description = body.path("error_description").asString("");
            throw new TokenException("Identitetsudbyderen på %s gav intet token til %s: %s%s".formatted(issuer, what, error,
                    description.isEmpty() ? "" : " (" + description + ")"));
        }
        return new AccessToken(body.get("access_token").asString(),
                clock.instant().plusSeconds(body.path("expires_in").asLong(0)));
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenException("Kunne ikke nå identitetsudbyderen på " + issuer + " (kører platformen? ./samspil up): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("Afbrudt under kaldet til " + request.uri(), e);
        }
    }

    static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new TokenException("Identitetsudbyderen på " + issuer + " svarede " + response.statusCode()
                    + " uden JSON: " + response.body());
        }
    }
}
