package dk.samspil.local.chaos;

import dk.samspil.local.LocalStackConfig;
import dk.samspil.local.ServiceDescriptor;
import dk.samspil.local.tokens.Organisation;
import dk.samspil.local.tokens.OrganisationTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reads every {@link ReadModel} from its own service's API (not through the gateway: the read models are under test,
 * not the routing), with a token for the organisation that may read it.
 */
final class ReadModels {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final LocalStackConfig config;
    private final OrganisationTokens tokens;
    private final List<String> municipalities;
    private final List<String> districts;

    ReadModels(LocalStackConfig config, OrganisationTokens tokens, List<String> municipalities, List<String> districts) {
        this.config = config;
        this.tokens = tokens;
        this.municipalities = List.copyOf(municipalities);
        this.districts = List.copyOf(districts);
    }

    /** Everything the read models show now; fails when a service does not answer 200. */
    ReadModelSnapshot read() throws IOException, InterruptedException {
        ReadModelSnapshot.Builder snapshot = new ReadModelSnapshot.Builder();
        for (String municipality : municipalities) {
            Organisation organisation = Organisation.municipality(municipality);
            String base = "/api/municipalities/" + municipality;
            for (JsonNode initiative : get(ServiceDescriptor.MUNICIPALITY, base + "/initiatives", organisation)) {
                snapshot.list(ReadModel.MUNICIPALITY_INITIATIVES, municipality, initiative.path("id").asString(),
                        initiative.path("status").asString());
            }
            for (JsonNode concern : get(ServiceDescriptor.MUNICIPALITY, base + "/concerns?status=all", organisation)) {
                snapshot.list(ReadModel.MUNICIPALITY_CONCERNS, municipality, concern.path("concernId").asString(), "");
            }
        }
        String now = URLEncoder.encode(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8);
        for (String district : districts) {
            Organisation council = Organisation.districtCouncil(district);
            String path = "/api/districts/" + district + "/dashboard";
            JsonNode dashboard = get(ServiceDescriptor.DISTRICT_COUNCIL, path, council);
            countInitiatives(snapshot, ReadModel.DISTRICT_DASHBOARD, dashboard.path("municipalities"));
            for (JsonNode concern : dashboard.path("concerns").path("raisedInDistrict")) {
                snapshot.list(ReadModel.DISTRICT_DASHBOARD_CONCERNS, district, concern.path("concernId").asString(), "");
            }
            JsonNode timeline = get(ServiceDescriptor.DISTRICT_COUNCIL, path + "?asOf=" + now, council);
            countInitiatives(snapshot, ReadModel.DISTRICT_TIMELINE, timeline.path("municipalities"));
            snapshot.count(ReadModel.DISTRICT_TIMELINE, district, ReadModel.CONCERNS,
                    timeline.path("cooperation").path("concerns").path("raised").asLong());
        }
        JsonNode overview = get(ServiceDescriptor.NATIONAL_ASSOCIATION, "/api/national/overview?asOf=" + now,
                Organisation.NATIONAL_ASSOCIATION);
        for (JsonNode district : overview.path("districts")) {
            countInitiatives(snapshot, ReadModel.NATIONAL_TIMELINE, district.path("municipalities"));
            snapshot.count(ReadModel.NATIONAL_TIMELINE, district.path("code").asString(), ReadModel.CONCERNS,
                    district.path("cooperation").path("concerns").path("raised").asLong());
        }
        return snapshot.build();
    }

    /** A dashboard's lines per municipality: {@code initiatives} and {@code byStatus}. */
    private static void countInitiatives(ReadModelSnapshot.Builder snapshot, ReadModel model, JsonNode lines) {
        for (JsonNode line : lines) {
            String code = line.path("code").asString();
            snapshot.count(model, code, ReadModel.INITIATIVES, line.path("initiatives").asLong());
            line.path("byStatus").properties().forEach(status ->
                    snapshot.count(model, code, status.getKey(), status.getValue().asLong()));
        }
    }

    private JsonNode get(ServiceDescriptor service, String path, Organisation caller) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.servicePort(service.name()) + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", tokens.authorization(caller))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            tokens.forget(caller);
        }
        if (response.statusCode() != 200) {
            throw new IOException(service.name() + " svarede " + response.statusCode() + " på " + path);
        }
        return json.readTree(response.body());
    }
}
