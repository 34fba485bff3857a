package dk.samspil.localcouncil;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.localcouncil.LocalActivityRecorded;
import dk.samspil.contracts.localcouncil.LocalCouncilEvent;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.reference.LocalCouncilTable;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.KoegeAndStevnsTable;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local-council service through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the
 * Mongo-wire server. It runs with a configured local council table in which Køge and Stevns share one local council.
 * The district council is played by the test: it publishes decision envelopes to the broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = {Topics.LOCAL_COUNCILS, Topics.DISTRICT_COUNCILS})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalCouncilApiIntegrationTest extends ServiceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String KOEGE_AND_STEVNS = "/api/local-councils/" + KoegeAndStevnsTable.SHARED_COUNCIL;
    private static final String DISTRICT = "1467";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("local-council"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("local-council-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add(LocalCouncilTable.PROPERTY, KoegeAndStevnsTable::write);
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    private ContractTraffic districtCouncil;
    private PublishedEvents published;

    @BeforeAll
    void connect() {
        districtCouncil = new ContractTraffic(broker.getBrokersAsString());
        published = new PublishedEvents(broker.getBrokersAsString(), "local-council-api-test", Topics.LOCAL_COUNCILS);
    }

    @AfterAll
    void close() {
        published.close();
        districtCouncil.close();
    }

    // the configured table

    @Test
    void the_configured_table_lists_one_council_for_koege_and_stevns_and_no_council_of_stevns_alone() throws Exception {
        HttpResponse<String> list = get("/api/local-councils");

        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode shared = councilIn(read(list.body()), KoegeAndStevnsTable.SHARED_COUNCIL);
        assertThat(shared.get("name").asString()).isEqualTo(KoegeAndStevnsTable.SHARED_COUNCIL_NAME);
        assertThat(shared.get("districtCode").asString()).isEqualTo(DISTRICT);
        assertThat(shared.get("districtName").asString()).isEqualTo("Midt- og Vestsjællands Politi");
        assertThat(shared.get("municipalities").findValuesAsString("code")).containsExactly("0259", "0336");
        assertThat(shared.get("municipalities").findValuesAsString("name")).containsExactly("Køge", "Stevns");
        assertThat(read(list.body()).findValuesAsString("id")).doesNotContain("LR-0336").contains("LR-0101");

        assertProblem(get("/api/local-councils/LR-0336"), 404, "localCouncilId");
        assertProblem(get("/api/local-councils/LR-0336/activities"), 404, "localCouncilId");
    }

    // activities

    @Test
    void an_activity_in_both_municipalities_of_the_shared_council_is_stored_published_and_listed() throws Exception {
        HttpResponse<String> recorded = post(KOEGE_AND_STEVNS + "/activities", activity("Nattevandring i Køge og Store Heddinge",
                "[\"utrygge steder\", \"ALCOHOL\"]", "[\"259\", \"0336\"]", TODAY.minusDays(2)));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String activityId = read(recorded.body()).get("activityId").asString();
        assertThat(recorded.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(KOEGE_AND_STEVNS + "/activities/" + activityId));

        LocalActivityRecorded event = awaitPublished(EventTypes.LOCAL_ACTIVITY_RECORDED,
                activity -> activity.activityId().equals(activityId)).payload();
        assertThat(event.localCouncilId()).isEqualTo(KoegeAndStevnsTable.SHARED_COUNCIL);
        assertThat(event.districtCode()).isEqualTo(DISTRICT);
        assertThat(event.kind()).isEqualTo(LocalActivityKind.SAFETY_CREATING);
        assertThat(event.themes()).containsExactly(Theme.UNSAFE_PLACES, Theme.ALCOHOL);
        assertThat(event.municipalityCodes()).containsExactly("0259", "0336");
        assertThat(event.participants()).isEqualTo(14);

        JsonNode listed = await().atMost(Duration.ofSeconds(10)).until(
                () -> find(read(get(KOEGE_AND_STEVNS + "/activities").body()), "activityId", activityId), Optional::isPresent).orElseThrow();
        assertThat(listed.get("kindLabel").asString()).isEqualTo("tryghedsskabende");
        assertThat(texts(listed.get("themeLabels"))).containsExactly("utrygge steder", "alkohol");
        assertThat(listed.get("municipalities").findValuesAsString("name")).containsExactly("Køge", "Stevns");
        assertThat(read(get(KOEGE_AND_STEVNS + "/activities/" + activityId).body()).get("title").asString())
                .isEqualTo("Nattevandring i Køge og Store Heddinge");
    }

    @Test
    void an_activity_without_municipalities_concerns_all_the_council_covers() throws Exception {
        HttpResponse<String> recorded = post(KOEGE_AND_STEVNS + "/activities", """
                {"kind": "PREVENTIVE", "title": "Forældremøde", "description": "Om nikotin", "themes": ["NICOTINE_PRODUCTS"],
                 "heldOn": "%s"}""".formatted(TODAY));

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String activityId = read(recorded.body()).get("activityId").asString();
        assertThat(awaitPublished(EventTypes.LOCAL_ACTIVITY_RECORDED, activity -> activity.activityId().equals(activityId))
                .payload().municipalityCodes()).containsExactly("0259", "0336");
    }

    @Test
    void bad_activities_are_refused_naming_field_and_value_and_nothing_is_stored() throws Exception {
        long before = eventCount();

        assertValue(assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity("Nattevandring", "[\"snobberi\"]", "[\"0259\"]", TODAY)), 422, "themes"), "snobberi");
        assertValue(assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity("Nattevandring", "[\"ALCOHOL\"]", "[\"0259\", \"0101\"]", TODAY)), 422, "municipalityCodes"), "0101");
        assertValue(assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity("Nattevandring", "[\"ALCOHOL\"]", "[\"9999\"]", TODAY)), 422, "municipalityCodes"), "9999");
        assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity("Nattevandring", "[\"ALCOHOL\"]", "[\"0259\"]", TODAY.plusDays(1))), 422, "heldOn");
        assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity(" ", "[\"ALCOHOL\"]", "[\"0259\"]", TODAY)), 400, "title");
        assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity("x".repeat(201), "[\"ALCOHOL\"]", "[\"0259\"]", TODAY)), 400, "title");
        assertProblem(post(KOEGE_AND_STEVNS + "/activities",
                activity("Nattevandring", "[]", "[\"0259\"]", TODAY)), 400, "themes");
        assertProblem(post(KOEGE_AND_STEVNS + "/activities", """
                {"kind": "FESTIVE", "title": "Fest", "description": "Fest", "themes": ["ALCOHOL"], "heldOn": "%s"}"""
                .formatted(TODAY)), 400, "kind");
        assertProblem(post("/api/local-councils/LR-9999/activities",
                activity("Nattevandring", "[\"ALCOHOL\"]", "[\"0259\"]", TODAY)), 404, "localCouncilId");

        assertThat(eventCount()).isEqualTo(before);
    }

    // reports

    @Test
    void reports_are_stored_published_and_listed_newest_first() throws Exception {
        String roskilde = "/api/local-councils/LR-0265";
        HttpResponse<String> first = post(roskilde + "/reports", report(TODAY.minusMonths(6), TODAY.minusMonths(3),
                "[{\"theme\": \"VANDALISM\", \"trend\": \"UP\", \"comment\": \"Graffiti ved stationen\"}]"));
        HttpResponse<String> second = post(roskilde + "/reports", report(TODAY.minusMonths(3), TODAY.minusDays(1),
                "[{\"theme\": \"hærværk\", \"trend\": \"DOWN\"}, {\"theme\": \"THEFT_AND_BURGLARY\", \"trend\": \"FLAT\"}]"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        String firstId = read(first.body()).get("reportId").asString();
        String secondId = read(second.body()).get("reportId").asString();

        LocalReportSubmitted event = awaitPublished(EventTypes.LOCAL_REPORT_SUBMITTED,
                report -> report.reportId().equals(secondId)).payload();
        assertThat(event.localCouncilId()).isEqualTo("LR-0265");
        assertThat(event.periodEnd()).isEqualTo(TODAY.minusDays(1));
        assertThat(event.themeTrends()).extracting(trend -> trend.theme() + "/" + trend.trend())
                .containsExactly("VANDALISM/DOWN", "THEFT_AND_BURGLARY/FLAT");
        assertThat(event.figures()).extracting(figure -> figure.label() + "=" + figure.value())
                .containsExactly("anmeldelser om hærværk=12");

        JsonNode reports = await().atMost(Duration.ofSeconds(10)).until(
                () -> read(get(roskilde + "/reports").body()), found -> found.size() == 2);
        assertThat(texts(reports.findValues("reportId"))).containsExactly(secondId, firstId);
        JsonNode trend = reports.get(0).get("themeTrends").get(0);
        assertThat(trend.get("themeLabel").asString()).isEqualTo("hærværk");
        assertThat(trend.get("trendLabel").asString()).isEqualTo(Trend.DOWN.label());
    }

    @Test
    void bad_reports_are_refused_naming_field_and_value_and_nothing_is_stored() throws Exception {
        String lejre = "/api/local-councils/LR-0350/reports";
        long before = eventCount();

        assertValue(assertProblem(post(lejre, report(TODAY.minusMonths(3), TODAY.minusDays(1),
                "[{\"theme\": \"ALCOHOL\", \"trend\": \"UP\"}, {\"theme\": \"alkohol\", \"trend\": \"DOWN\"}]")),
                422, "themeTrends"), "ALCOHOL");
        assertValue(assertProblem(post(lejre, report(TODAY.minusMonths(3), TODAY.minusDays(1),
                "[{\"theme\": \"ALCOHOL\", \"trend\": \"UP\"}, {\"theme\": \"snobberi\", \"trend\": \"UP\"}]")),
                422, "themeTrends[1].theme"), "snobberi");
        assertProblem(post(lejre, report(TODAY.minusDays(1), TODAY.minusMonths(3),
                "[{\"theme\": \"ALCOHOL\", \"trend\": \"UP\"}]")), 422, "periodEnd");
        assertProblem(post(lejre, report(TODAY.minusMonths(1), TODAY.plusDays(1),
                "[{\"theme\": \"ALCOHOL\", \"trend\": \"UP\"}]")), 422, "periodEnd");
        assertProblem(post(lejre, report(TODAY.minusMonths(3), TODAY.minusDays(1), "[]")), 400, "themeTrends");
        assertProblem(post(lejre, report(TODAY.minusMonths(3), TODAY.minusDays(1),
                "[{\"theme\": \"ALCOHOL\", \"trend\": \"SIDEWAYS\"}]")), 400, "themeTrends[0].trend");
        assertProblem(post(lejre, report(TODAY.minusMonths(3), TODAY.minusDays(1),
                "[{\"theme\": \"ALCOHOL\"}]")), 400, "themeTrends[0].trend");

        assertThat(eventCount()).isEqualTo(before);
        assertThat(read(get(lejre).body()).size()).isZero();
    }

    // decisions

    @Test
    void a_decision_from_the_district_council_is_received_once_and_its_implementation_is_reported_back() throws Exception {
        String decisionId = UUID.randomUUID().toString();
        String holbaek = "/api/local-councils/LR-0316";
        EventEnvelope<DecisionMade> made = districtEvent(EventTypes.DECISION_MADE, 5, new DecisionMade(DISTRICT, "m-1",
                decisionId, "Forældremøder om nikotin", "Forældremøder på alle skoler med udskoling",
                List.of(Theme.NICOTINE_PRODUCTS), List.of("LR-0316", "LR-0101"), TODAY.plusMonths(2)));
        districtCouncil.publish(made, made);

        JsonNode decision = awaitDecision(holbaek, decisionId);
        assertThat(decision.get("status").asString()).isEqualTo("PLANNED");
        assertThat(decision.get("statusLabel").asString()).isEqualTo("planlagt");
        assertThat(decision.get("title").asString()).isEqualTo("Forældremøder om nikotin");
        assertThat(decision.get("dueDate").asString()).isEqualTo(TODAY.plusMonths(2).toString());
        assertThat(texts(decision.get("themeLabels"))).containsExactly("nikotinprodukter");

        districtCouncil.publish(districtEvent(EventTypes.DECISION_ASSIGNED, 6, new DecisionAssigned(DISTRICT, decisionId,
                "Forældremøder om nikotin", "Forældremøder på alle skoler med udskoling", List.of("LR-0326"),
                List.of("LR-0316", "LR-0326"), TODAY.plusMonths(2))));
        awaitDecision("/api/local-councils/LR-0326", decisionId);
        assertThat(storedEvents("LR-0316")).containsExactly(
                "dk.samspil.localcouncil.council.command.DecisionReceivedEvent");
        assertThat(storedEvents("LR-0101")).as("a council of another district").isEmpty();

        HttpResponse<String> started = post(holbaek + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"IN_PROGRESS\", \"note\": \"Første møde holdt på Holbæk Skole\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(read(started.body()).get("statusLabel").asString()).isEqualTo("i gang");
        HttpResponse<String> done = post(holbaek + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"DONE\", \"note\": \"Alle skoler har haft møde\"}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

        DecisionImplementationReported reported = awaitPublished(EventTypes.DECISION_IMPLEMENTATION_REPORTED,
                report -> report.decisionId().equals(decisionId) && report.status() == DecisionImplementationStatus.DONE)
                .payload();
        assertThat(reported.localCouncilId()).isEqualTo("LR-0316");
        assertThat(reported.districtCode()).isEqualTo(DISTRICT);
        assertThat(reported.note()).isEqualTo("Alle skoler har haft møde");
        assertThat(reported.reportedOn()).isEqualTo(TODAY);

        JsonNode implemented = await().atMost(Duration.ofSeconds(10)).until(() -> decision(holbaek, decisionId).orElseThrow(),
                found -> found.get("status").asString().equals("DONE"));
        assertThat(implemented.get("notes").findValuesAsString("note"))
                .containsExactly("Første møde holdt på Holbæk Skole", "Alle skoler har haft møde");
        assertThat(implemented.get("notes").findValuesAsString("statusLabel")).containsExactly("i gang", "gennemført");

        long before = eventCount();
        JsonNode afterDone = assertProblem(post(holbaek + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"DONE\", \"note\": \"Et efterskrift\"}"), 409, null);
        assertThat(afterDone.get("currentStatus").asString()).isEqualTo("DONE");
        assertThat(eventCount()).isEqualTo(before);

        JsonNode council = read(get(holbaek).body());
        assertThat(council.get("decisionCount").asInt()).isEqualTo(1);
        assertThat(council.get("openDecisionCount").asInt()).isZero();
    }

    @Test
    void wrong_implementation_reports_are_refused_and_nothing_is_stored() throws Exception {
        String decisionId = UUID.randomUUID().toString();
        String kalundborg = "/api/local-councils/LR-0326";
        districtCouncil.publish(districtEvent(EventTypes.DECISION_MADE, 7, new DecisionMade(DISTRICT, "m-2", decisionId,
                "Tryghedsvandringer", "Tryghedsvandringer i midtbyen", List.of(Theme.UNSAFE_PLACES), List.of("LR-0326"),
                TODAY.plusMonths(1))));
        awaitDecision(kalundborg, decisionId);
        assertThat(post(kalundborg + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"IN_PROGRESS\", \"note\": \"Første vandring\"}").statusCode()).isEqualTo(200);
        long before = eventCount();

        JsonNode backwards = assertProblem(post(kalundborg + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"PLANNED\", \"note\": \"Udskudt\"}"), 409, null);
        assertThat(backwards.get("currentStatus").asString()).isEqualTo("IN_PROGRESS");
        assertProblem(post(kalundborg + "/decisions/" + UUID.randomUUID() + "/implementation",
                "{\"status\": \"DONE\", \"note\": \"Hvilken?\"}"), 404, "decisionId");
        assertProblem(post(kalundborg + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"DONE\", \"note\": \" \"}"), 400, "note");
        assertProblem(post(kalundborg + "/decisions/" + decisionId + "/implementation",
                "{\"status\": \"FINISHED\", \"note\": \"Færdig\"}"), 400, "status");
        assertProblem(post("/api/local-councils/LR-0336/decisions/" + decisionId + "/implementation",
                "{\"status\": \"DONE\", \"note\": \"Færdig\"}"), 404, "localCouncilId");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void an_unreadable_district_council_record_goes_to_the_dead_letter_topic_and_decisions_keep_arriving() throws Exception {
        districtCouncil.send(ContractTraffic.withoutCloudEventHeaders(Topics.DISTRICT_COUNCILS, DISTRICT));
        String decisionId = UUID.randomUUID().toString();
        districtCouncil.publish(districtEvent(EventTypes.DECISION_MADE, 8, new DecisionMade(DISTRICT, "m-3", decisionId,
                "Hærværk på skolerne", "Fælles indsats mod hærværk", List.of(Theme.VANDALISM), List.of("LR-0306"),
                TODAY.plusMonths(3))));

        awaitDecision("/api/local-councils/LR-0306", decisionId);
        await().atMost(Duration.ofSeconds(15)).until(() -> districtCouncil.readAll(
                Topics.deadLetterTopic(Topics.DISTRICT_COUNCILS, "local-council")).size(), count -> count == 1);
    }

    // one council

    @Test
    void a_council_shows_its_district_municipalities_and_counts() throws Exception {
        String solroed = "/api/local-councils/LR-0269";
        assertThat(post(solroed + "/activities", activity("Fritidsjob-messe", "[\"GANG_RECRUITMENT\"]", "[\"0269\"]",
                TODAY.minusDays(5))).statusCode()).isEqualTo(201);
        assertThat(post(solroed + "/reports", report(TODAY.minusMonths(3), TODAY.minusDays(1),
                "[{\"theme\": \"GANG_RECRUITMENT\", \"trend\": \"FLAT\"}]")).statusCode()).isEqualTo(201);

        JsonNode council = await().atMost(Duration.ofSeconds(10)).until(() -> read(get(solroed).body()),
                found -> found.get("activityCount").asInt() == 1 && found.get("reportCount").asInt() == 1);
        assertThat(council.get("name").asString()).isEqualTo("Lokalråd Solrød");
        assertThat(council.get("districtCode").asString()).isEqualTo(DISTRICT);
        assertThat(council.get("municipalities").findValuesAsString("code")).containsExactly("0269");
        assertThat(council.get("decisionCount").asInt()).isZero();
    }

    private static String activity(String title, String themes, String municipalityCodes, LocalDate heldOn) {
        return """
                {"kind": "SAFETY_CREATING", "title": "%s", "description": "Voksne går rundt fredag aften",
                 "themes": %s, "municipalityCodes": %s, "heldOn": "%s", "participants": 14}"""
                .formatted(title, themes, municipalityCodes, heldOn);
    }

    private static String report(LocalDate periodStart, LocalDate periodEnd, String themeTrends) {
        return """
                {"periodStart": "%s", "periodEnd": "%s", "themeTrends": %s,
                 "figures": [{"label": "anmeldelser om hærværk", "value": 12}], "text": "Kvartalets udvikling"}"""
                .formatted(periodStart, periodEnd, themeTrends);
    }

    private static <T> EventEnvelope<T> districtEvent(EventType<T> type, long sequence, T payload) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), type, Sources.districtCouncil(DISTRICT), DISTRICT,
                OffsetDateTime.now(), sequence, payload);
    }

    private JsonNode awaitDecision(String council, String decisionId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> decision(council, decisionId), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> decision(String council, String decisionId) throws Exception {
        return find(read(get(council + "/decisions").body()), "decisionId", decisionId);
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.path(field).asString().equals(value)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static JsonNode councilIn(JsonNode councils, String id) {
        return find(councils, "id", id).orElseThrow(() -> new AssertionError("No council " + id + " in " + councils));
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        return StreamSupport.stream(nodes.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static void assertValue(JsonNode problem, String value) {
        assertThat(problem.get("value").asString()).as(problem.toString()).isEqualTo(value);
        assertThat(problem.get("detail").asString()).contains(value);
    }

    private <T> EventEnvelope<T> awaitPublished(EventType<T> type, Predicate<T> matching) {
        EventEnvelope<T> event = published.await(type, matching);
        assertThat(event.source()).isEqualTo(URI.create("/local-councils/" + event.subject()));
        assertThat(event.subject()).isEqualTo(((LocalCouncilEvent) event.payload()).localCouncilId());
        return event;
    }
}
