package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Provenance;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A concern's whole life through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the Mongo-wire
 * server. Stevns (0336, district 1467) raises it, Næstved (0370, district 1466) is in its area, København (0101,
 * district 1470) confirms it; Aarhus (0751, district 1461) is never in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 6, topics = Topics.MUNICIPALITY_CONCERNS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernApiIntegrationTest extends ServiceApiTest {

    /** The municipality whose SSP staff take the steps on {@code /api/concerns/{id}}. */
    private String acting = "0336";

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String STEVNS = "/api/municipalities/0336";
    private static final String RAISED_EVENT = "dk.samspil.municipality.concern.command.ConcernRaisedEvent";
    private static final String CONCERN = """
            {"title": "Unge samles ved stationen i Hårlev", "description": "Salg af nikotinposer om aftenen",
             "themes": ["NICOTINE_PRODUCTS", "ungegrupper"], "severity": "WATCH",
             "municipalityCodes": ["370"], "districtCodes": [], "observedOn": "%s"}
            """.formatted(TODAY.minusDays(2));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-concern-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;

    private PublishedEvents published;

    @BeforeAll
    void subscribe() {
        published = new PublishedEvents(kafka.getBrokersAsString(),
                "municipality-concern-test", Topics.MUNICIPALITY_CONCERNS);
    }

    @AfterAll
    void close() {
        published.close();
    }

    @Test
    void a_concern_is_raised_updated_confirmed_escalated_and_resolved_and_every_step_is_published() throws Exception {
        String id = raise(CONCERN);
        assertThat(storedEvents(id)).containsExactly(RAISED_EVENT);
        EventEnvelope<?> raised = published.await(id, EventTypes.CONCERN_RAISED.type());
        assertThat(raised.source()).isEqualTo(URI.create("/municipalities/0336"));
        assertThat(raised.aggregateSequence()).isZero();
        assertThat(raised.payload()).isEqualTo(new ConcernRaised(id, "0336", "Unge samles ved stationen i Hårlev",
                "Salg af nikotinposer om aftenen", List.of(Theme.NICOTINE_PRODUCTS, Theme.YOUTH_GROUPS),
                ConcernSeverity.WATCH, List.of("0336", "0370"), List.of(), TODAY.minusDays(2), ConcernStatus.RAISED));

        JsonNode shown = awaitConcern(id, concern -> true);
        assertThat(shown.get("raisedBy").asString()).isEqualTo("0336");
        assertThat(shown.get("raisedByName").asString()).isEqualTo("Stevns");
        assertThat(shown.get("themeLabels").toString()).isEqualTo("[\"nikotinprodukter\",\"ungegrupper\"]");
        assertThat(shown.get("severityLabel").asString()).isEqualTo("skærpet opmærksomhed");
        assertThat(shown.get("statusLabel").asString()).isEqualTo("rejst");
        assertThat(shown.get("area").get("municipalities").findValuesAsString("name")).containsExactly("Stevns", "Næstved");
        assertThat(shown.get("area").get("touchedDistricts").findValuesAsString("code")).containsExactly("1467", "1466");
        assertThat(shown.get("observedOn").asString()).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(shown.get("raisedAt").asString()).isNotBlank();

        acting = "0370";
        assertStep(post("/api/concerns/" + id + "/updates",
                "{\"municipalityCode\": \"0370\", \"note\": \"Flere unge end sidst\", \"severity\": \"ALERT\"}"), id, "RAISED");
        assertThat(published.await(id, EventTypes.CONCERN_UPDATED.type()).source()).isEqualTo(URI.create("/municipalities/0370"));
        assertThat(published.await(id, EventTypes.CONCERN_UPDATED.type()).payload()).isEqualTo(new ConcernUpdated(id,
                "0336", "0370", "Flere unge end sidst", ConcernSeverity.ALERT, ConcernStatus.RAISED));

        acting = "0101";
        assertStep(post("/api/concerns/" + id + "/confirmations",
                "{\"municipalityCode\": \"101\", \"note\": \"Vi ser det også\"}"), id, "RAISED");
        EventEnvelope<?> confirmed = published.await(id, EventTypes.CONCERN_CONFIRMED.type());
        assertThat(confirmed.source()).isEqualTo(URI.create("/municipalities/0101"));
        assertThat(confirmed.payload()).isEqualTo(new ConcernConfirmed(id, "0336", "0101", "Vi ser det også",
                List.of("0336", "0370", "0101"), List.of(), ConcernStatus.RAISED));
        assertThat(assertProblem(post("/api/concerns/" + id + "/confirmations", "{\"municipalityCode\": \"0101\"}"),
                409, null).get("currentStatus").asString()).isEqualTo("RAISED");

        acting = "0336";
        assertStep(post("/api/concerns/" + id + "/escalation",
                "{\"districtCodes\": [\"1467\", \"1470\"], \"reason\": \"Kræver fælles indsats\"}"), id, "ESCALATED");
        assertThat(published.await(id, EventTypes.CONCERN_ESCALATED.type()).payload()).isEqualTo(new ConcernEscalated(id,
                "0336", List.of("1467", "1470"), "Kræver fælles indsats", List.of("1467", "1470"), ConcernStatus.ESCALATED));
        assertThat(assertProblem(post("/api/concerns/" + id + "/escalation",
                "{\"districtCodes\": [\"1467\"], \"reason\": \"Igen\"}"), 409, null).get("currentStatus").asString())
                .isEqualTo("ESCALATED");

        assertStep(post("/api/concerns/" + id + "/resolution", "{\"resolution\": \"Gruppen er opløst\"}"), id, "RESOLVED");
        assertThat(published.await(id, EventTypes.CONCERN_RESOLVED.type()).payload())
                .isEqualTo(new ConcernResolved(id, "0336", "Gruppen er opløst", ConcernStatus.RESOLVED));

        JsonNode problem = assertProblem(post("/api/concerns/" + id + "/resolution", "{\"resolution\": \"Igen\"}"), 409, null);
        assertThat(problem.get("currentStatus").asString()).isEqualTo("RESOLVED");
        assertThat(problem.get("detail").asString()).contains("Bekymringen er løst");
        assertProblem(post("/api/concerns/" + id + "/updates", "{\"municipalityCode\": \"0336\", \"note\": \"Mere\"}"), 409, null);
        acting = "0751";
        assertProblem(post("/api/concerns/" + id + "/confirmations", "{\"municipalityCode\": \"0751\"}"), 409, null);
        acting = "0336";
        assertProblem(post("/api/concerns/" + id + "/escalation", "{\"districtCodes\": [\"1466\"], \"reason\": \"Sent\"}"), 409, null);
        assertThat(storedEvents(id)).hasSize(5);

        JsonNode concern = awaitConcern(id, view -> view.get("status").asString().equals("RESOLVED"));
        assertThat(concern.get("statusLabel").asString()).isEqualTo("løst");
        assertThat(concern.get("severity").asString()).isEqualTo("ALERT");
        assertThat(concern.get("resolution").asString()).isEqualTo("Gruppen er opløst");
        assertThat(concern.get("notes").get(0).get("municipalityName").asString()).isEqualTo("Næstved");
        assertThat(concern.get("notes").get(0).get("text").asString()).isEqualTo("Flere unge end sidst");
        assertThat(concern.get("notes").get(0).get("at").asString()).isNotBlank();
        assertThat(concern.get("confirmations").get(0).get("municipalityName").asString()).isEqualTo("København");
        assertThat(concern.get("area").get("municipalities").findValuesAsString("code")).containsExactly("0336", "0370", "0101");
        assertThat(concern.get("escalations").get(0).get("districts").findValuesAsString("code")).containsExactly("1467", "1470");
        assertThat(concern.get("escalatedTo").findValuesAsString("name")).contains("Københavns Politi");

        assertThat(concernIds(STEVNS + "/concerns")).doesNotContain(id);
        assertThat(concernIds(STEVNS + "/concerns?status=resolved")).contains(id);
        assertThat(concernIds("/api/municipalities/0101/concerns?status=all")).contains(id);
        assertThat(concernIds("/api/municipalities/0751/concerns?status=all")).doesNotContain(id);
    }

    @Test
    void an_open_concern_is_listed_for_the_municipalities_it_touches() throws Exception {
        String id = raise(CONCERN.replace("\"districtCodes\": []", "\"districtCodes\": [\"1461\"]"));

        await().atMost(Duration.ofSeconds(10)).until(() -> concernIds(STEVNS + "/concerns"), ids -> ids.contains(id));
        assertThat(concernIds("/api/municipalities/0370/concerns?status=open")).contains(id);
        assertThat(concernIds("/api/municipalities/0751/concerns")).contains(id);
        assertThat(concernIds("/api/municipalities/0101/concerns?status=all")).doesNotContain(id);
        assertThat(concernIds(STEVNS + "/concerns?status=resolved")).doesNotContain(id);
    }

    @Test
    void bad_input_to_raise_a_concern_is_refused_and_nothing_is_stored() throws Exception {
        long before = eventCount();
        String concerns = STEVNS + "/concerns";

        assertProblem(post(concerns, CONCERN.replace("\"title\": \"Unge samles ved stationen i Hårlev\",", "")), 400, "title");
        assertProblem(post(concerns, CONCERN.replace("Unge samles ved stationen i Hårlev", "x".repeat(201))), 400, "title");
        assertProblem(post(concerns, CONCERN.replace("Salg af nikotinposer om aftenen", " ")), 400, "description");
        assertProblem(post(concerns, CONCERN.replace("Salg af nikotinposer om aftenen", "x".repeat(4001))), 400, "description");
        assertProblem(post(concerns, CONCERN.replace("[\"NICOTINE_PRODUCTS\", \"ungegrupper\"]", "[]")), 400, "themes");
        assertProblem(post(concerns, CONCERN.replace("\"WATCH\"", "null")), 400, "severity");
        assertProblem(post(concerns, CONCERN.replace("\"WATCH\"", "\"HIGH\"")), 400, "severity");
        assertProblem(post(concerns, CONCERN.replace("\"" + TODAY.minusDays(2) + "\"", "\"i går\"")), 400, "observedOn");
        assertProblem(post(concerns, CONCERN.replace("\"" + TODAY.minusDays(2) + "\"", "null")), 400, "observedOn");

        JsonNode theme = assertProblem(post(concerns, CONCERN.replace("\"ungegrupper\"", "\"fodbold\"")), 422, "themes");
        assertThat(theme.get("value").asString()).isEqualTo("fodbold");
        assertThat(theme.get("detail").asString()).isEqualTo("Ukendt tema: fodbold");
        JsonNode municipality = assertProblem(post(concerns, CONCERN.replace("[\"370\"]", "[\"370\", \"0999\"]")), 422,
                "municipalityCodes");
        assertThat(municipality.get("value").asString()).isEqualTo("0999");
        JsonNode district = assertProblem(post(concerns, CONCERN.replace("\"districtCodes\": []",
                "\"districtCodes\": [\"9999\"]")), 422, "districtCodes");
        assertThat(district.get("value").asString()).isEqualTo("9999");
        assertProblem(post(concerns, CONCERN.replace(TODAY.minusDays(2).toString(), TODAY.plusDays(1).toString())),
                422, "observedOn");
        assertProblem(post("/api/municipalities/0999/concerns", CONCERN), 404, "kommunekode");
        assertProblem(get(concerns + "?status=closed"), 400, "status");
        assertProblem(get("/api/concerns/" + UUID.randomUUID()), 404, "concernId");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void the_stored_and_published_events_name_who_made_the_change_and_the_request_it_belongs_to() throws Exception {
        HttpResponse<String> response = send(authorised(STEVNS + "/concerns")
                .header("Content-Type", "application/json").header("X-Correlation-Id", "e2e-korrelation-1")
                .POST(HttpRequest.BodyPublishers.ofString(CONCERN)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Correlation-Id")).contains("e2e-korrelation-1");
        String id = read(response.body()).get("concernId").asString();

        String metadata = jdbc.queryForObject("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ?", String.class, id);
        assertThat(read(metadata).get("requestCorrelationId").asString()).isEqualTo("e2e-korrelation-1");
        assertThat(read(metadata).get("actorId").asString()).isEqualTo("ssp-0336");
        assertThat(read(metadata).get("actorOrganisation").asString()).isEqualTo("MUNICIPALITY:0336");
        EventEnvelope<?> raised = published.await(id, EventTypes.CONCERN_RAISED.type());
        assertThat(raised.provenance()).isEqualTo(new Provenance("ssp-0336", "MUNICIPALITY:0336", "e2e-korrelation-1"));
        String unusable = send(authorised(STEVNS + "/concerns").header("X-Correlation-Id", "ikke gyldig; med mellemrum")
                .GET().build()).headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(unusable).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_cpr_number_in_any_text_is_refused_naming_the_field_without_echoing_it_and_nothing_is_stored() throws Exception {
        long before = eventCount();
        String concerns = "/api/municipalities/0336/concerns";

        JsonNode description = assertProblem(post(concerns, CONCERN.replace("Salg af nikotinposer om aftenen",
                "Drengen med CPR 010203-1234 sælger nikotinposer")), 422, "description");
        assertProblem(post(concerns, CONCERN.replace("Unge samles ved stationen i Hårlev", "0102031234 ved stationen")),
                422, "title");

        assertThat(description.toString()).doesNotContain("010203", "1234");
        assertThat(eventCount()).isEqualTo(before);
        raise(CONCERN.replace("Salg af nikotinposer om aftenen", "Ring til SSP på 56 57 00 00; budget 12.000 kr."));
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void bad_steps_are_refused_and_nothing_is_stored() throws Exception {
        String id = raise(CONCERN);
        JsonNode concern = awaitConcern(id, view -> true);
        long before = eventCount();
        String steps = "/api/concerns/" + id;

        acting = "0751";
        JsonNode outside = assertProblem(post(steps + "/updates", "{\"municipalityCode\": \"0751\", \"note\": \"Her\"}"),
                422, "municipalityCode");
        assertThat(outside.get("value").asString()).isEqualTo("0751");
        assertProblem(post(steps + "/escalation", "{\"districtCodes\": [\"1467\"], \"reason\": \"Her\"}"), 403, "municipalityCode");
        assertProblem(post(steps + "/resolution", "{\"resolution\": \"Løst\"}"), 403, "municipalityCode");
        acting = "0101";
        assertProblem(get(steps), 403, null);
        acting = "0999";
        assertProblem(post(steps + "/updates", "{\"municipalityCode\": \"0999\", \"note\": \"Her\"}"), 422, "municipalityCode");
        acting = "0336";
        assertProblem(post(steps + "/updates", "{\"municipalityCode\": \"0370\", \"note\": \"Her\"}"), 403, "municipalityCode");
        assertProblem(post(steps + "/updates", "{\"municipalityCode\": \"0336\", \"note\": \" \"}"), 400, "note");
        assertProblem(post(steps + "/updates", "{\"note\": \"Her\"}"), 400, "municipalityCode");
        assertProblem(post(steps + "/updates", "{\"municipalityCode\": \"0336\", \"note\": \"Her\", \"severity\": \"RED\"}"),
                400, "severity");
        JsonNode own = assertProblem(post(steps + "/confirmations", "{\"municipalityCode\": \"0336\"}"), 409, null);
        assertThat(own.get("currentStatus").asString()).isEqualTo("RAISED");
        acting = "0999";
        assertProblem(post(steps + "/confirmations", "{\"municipalityCode\": \"0999\"}"), 422, "municipalityCode");
        acting = "0336";
        assertProblem(post(steps + "/confirmations", "{}"), 400, "municipalityCode");
        JsonNode untouched = assertProblem(post(steps + "/escalation",
                "{\"districtCodes\": [\"1467\", \"1470\"], \"reason\": \"Fælles indsats\"}"), 422, "districtCodes");
        assertThat(untouched.get("value").asString()).isEqualTo("1470");
        assertProblem(post(steps + "/escalation", "{\"districtCodes\": [\"0000\"], \"reason\": \"Fælles indsats\"}"),
                422, "districtCodes");
        assertProblem(post(steps + "/escalation", "{\"districtCodes\": [], \"reason\": \"Fælles indsats\"}"), 400, "districtCodes");
        assertProblem(post(steps + "/escalation", "{\"districtCodes\": [\"1467\"]}"), 400, "reason");
        assertProblem(post(steps + "/resolution", "{\"resolution\": \"\"}"), 400, "resolution");
        assertProblem(post(steps + "/resolution", "{\"resolution\": \"" + "x".repeat(4001) + "\"}"), 400, "resolution");
        assertProblem(post("/api/concerns/" + UUID.randomUUID() + "/resolution", "{\"resolution\": \"Løst\"}"), 404, "concernId");

        assertThat(eventCount()).isEqualTo(before);
        assertThat(read(get(steps).body())).isEqualTo(concern);
    }

    private String raise(String body) throws Exception {
        HttpResponse<String> raised = post(STEVNS + "/concerns", body);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        JsonNode response = read(raised.body());
        String id = response.get("concernId").asString();
        assertThat(response.get("status").asString()).isEqualTo("RAISED");
        assertThat(response.get("statusLabel").asString()).isEqualTo("rejst");
        assertThat(raised.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/concerns/" + id));
        return id;
    }

    @Override
    protected Optional<Caller> defaultCaller(String path) {
        return path.startsWith("/api/concerns/") ? Optional.of(TestCallers.municipalityStaff(acting)) : super.defaultCaller(path);
    }

    private void assertStep(HttpResponse<String> response, String id, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode step = read(response.body());
        assertThat(step.get("concernId").asString()).isEqualTo(id);
        assertThat(step.get("status").asString()).isEqualTo(status);
        assertThat(step.get("statusLabel").asString()).isEqualTo(ConcernStatus.valueOf(status).label());
    }

    private List<String> concernIds(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body()).findValuesAsString("concernId");
    }

    private JsonNode awaitConcern(String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = get("/api/concerns/" + id);
            return response.statusCode() == 200 ? read(response.body()) : null;
        }, concern -> concern != null && condition.test(concern));
    }
}
