package dk.samspil.local.bench;

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
import java.util.HashMap;
import java.util.Map;

/**
 * Registers initiatives and reads the district dashboard over HTTP, as a client of the system would: as the
 * municipality and as the district council, each with its own token.
 */
final class InitiativeClient {

    private static final String BODY = """
            {"name":"Benchmark-indsats %d","preventionLevel":"PREVENTIVE","scope":"LOCAL",
             "startDate":"2027-01-01","endDate":"2027-12-31","themes":["benchmark"]}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final OrganisationTokens tokens;

    InitiativeClient(OrganisationTokens tokens) {
        this.tokens = tokens;
    }

    /** @return true when the initiative was registered (201) */
    boolean register(String baseUrl, String kommunekode, long number) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/municipalities/" + kommunekode + "/initiatives"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", tokens.authorization(Organisation.municipality(kommunekode)))
                    .POST(HttpRequest.BodyPublishers.ofString(BODY.formatted(number)))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        } catch (IOException | TokenException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The number of initiatives per municipality on a district dashboard. */
    Map<String, Long> dashboardTotals(String baseUrl, String politikredskode) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/districts/" + politikredskode + "/dashboard"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", tokens.authorization(Organisation.districtCouncil(politikredskode)))
                .GET().build();
        JsonNode dashboard = json.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        Map<String, Long> totals = new HashMap<>();
        dashboard.path("municipalities").forEach(municipality ->
                totals.put(municipality.path("code").asString(), municipality.path("initiatives").asLong()));
        return totals;
    }
}
