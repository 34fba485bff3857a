package dk.samspil.local.bench;

import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;
import dk.samspil.local.tokens.TokenException;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Raises concerns, subscribes to them and listens to a concern feed's event stream, as municipalities would. */
final class ConcernClient {

    private static final String CONCERN = """
            {"title":"Benchmark-bekymring %d","description":"Unge samles ved stationen om aftenen",
             "themes":["YOUTH_GROUPS"],"severity":"WATCH","municipalityCodes":[],"districtCodes":[],
             "observedOn":"2026-01-05"}""";
    private static final String NATIONAL_SUBSCRIPTION = """
            {"themes":[],"area":{"national":true},"minimumSeverity":"INFO"}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final OrganisationTokens tokens;

    ConcernClient(OrganisationTokens tokens) {
        this.tokens = tokens;
    }

    void subscribeNationally(String baseUrl, String kommunekode) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(post(baseUrl + "/api/municipalities/" + kommunekode
                + "/concern-subscriptions", kommunekode, NATIONAL_SUBSCRIPTION), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("Abonnementet blev ikke oprettet: " + response.statusCode() + " " + response.body());
        }
    }

    /** @return the new concern's id, or empty when it was not raised */
    Optional<String> raise(String baseUrl, String kommunekode, long number) {
        try {
            HttpResponse<String> response = http.send(post(baseUrl + "/api/municipalities/" + kommunekode + "/concerns",
                    kommunekode, CONCERN.formatted(number)), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 201
                    ? Optional.of(json.readTree(response.body()).path("concernId").asString())
                    : Optional.empty();
        } catch (IOException | TokenException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Opens the municipality's concern-feed stream; each entry's concern id goes to {@code onConcern} as it arrives. */
    CompletableFuture<HttpResponse<Stream<String>>> listen(String baseUrl, String kommunekode, Consumer<String> onConcern) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/municipalities/" + kommunekode
                        + "/concern-feed/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", tokens.authorization(Organisation.municipality(kommunekode)))
                .GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
            Thread reader = new Thread(() -> readUntilClosed(response.body(), onConcern), "concern-feed-listener");
            reader.setDaemon(true);
            reader.start();
            return response;
        });
    }

    private void readUntilClosed(Stream<String> lines, Consumer<String> onConcern) {
        try {
            lines.filter(line -> line.startsWith("data:"))
                    .map(line -> concernId(line.substring("data:".length())))
                    .forEach(onConcern);
        } catch (UncheckedIOException closed) {
            // the run closed the stream: the listener's work is done
        }
    }

    private String concernId(String data) {
        return json.readTree(data).path("concernId").asString();
    }

    private HttpRequest post(String url, String kommunekode, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", tokens.authorization(Organisation.municipality(kommunekode)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
