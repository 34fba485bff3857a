package dk.samspil.nationalassociation.gathering.web;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.national.GatheringCancelled;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.national.GatheringParticipants;
import dk.samspil.contracts.national.GatheringPlanned;
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
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gatherings through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the Mongo-wire server.
 * Each scenario works on gatherings of its own (the list scenario on Bornholm in a year of its own), so they share
 * one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = Topics.NATIONAL_ASSOCIATION_GATHERINGS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatheringApiIntegrationTest extends ServiceApiTest {

    private static final String GATHERINGS = "/api/national/gatherings";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String SUBJECT = "Unge og nikotinprodukter";
    private static final String THEME_DAY_IN_1467 = "{\"kind\": \"THEME_DAY\", \"districtCode\": \"1467\","
            + " \"subject\": \"" + SUBJECT + "\", \"date\": \"" + TODAY + "\", \"organiser\": \"SSP-Samrådet\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("national_association"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("national-association-gathering-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;

    private PublishedEvents published;

    @BeforeAll
    void subscribe() {
        published = new PublishedEvents(kafka.getBrokersAsString(), "gathering-api-test",
                Topics.NATIONAL_ASSOCIATION_GATHERINGS);
    }

    @AfterAll
    void close() {
        published.close();
    }

    @Test
    void a_theme_day_is_planned_and_held_with_participants_per_municipality_and_both_steps_are_published()
            throws Exception {
        HttpResponse<String> planned = post(GATHERINGS, THEME_DAY_IN_1467);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String gatheringId = read(planned.body()).path("gatheringId").asString();
        String gathering = GATHERINGS + "/" + gatheringId;
        assertThat(planned.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(gathering));

        HttpResponse<String> held = post(gathering + "/held", "{\"heldOn\": \"" + TODAY + "\","
                + " \"participants\": {\"336\": 14, \"0259\": 9, \"0101\": 2}}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(204);
        assertThat(storedEvents(gatheringId)).hasSize(2);

        EventEnvelope<?> plan = published.await(gatheringId, EventTypes.GATHERING_PLANNED.type());
        assertThat(plan.source()).isEqualTo(URI.create("/national-association"));
        assertThat(plan.payload()).isEqualTo(new GatheringPlanned(gatheringId, GatheringKind.THEME_DAY, "1467",
                SUBJECT, TODAY, "SSP-Samrådet"));
        assertThat(published.await(gatheringId, EventTypes.GATHERING_HELD.type()).payload()).isEqualTo(
                new GatheringHeld(gatheringId, GatheringKind.THEME_DAY, "1467", SUBJECT, TODAY, List.of(
                        new GatheringParticipants("0101", "1470", 2), new GatheringParticipants("0259", "1467", 9),
                        new GatheringParticipants("0336", "1467", 14)), 25));

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> read(get(gathering).body()),
                node -> node.path("status").asString().equals("HELD"));
        assertThat(view.path("kindLabel").asString()).isEqualTo("temadag");
        assertThat(view.path("statusLabel").asString()).isEqualTo("afholdt");
        assertThat(view.path("districtName").asString()).isEqualTo("Midt- og Vestsjællands Politi");
        assertThat(view.path("heldOn").asString()).isEqualTo(TODAY.toString());
        assertThat(view.path("participants").findValuesAsString("municipalityName"))
                .containsExactly("København", "Køge", "Stevns");
        assertThat(view.path("participants").findValuesAsString("participants")).containsExactly("2", "9", "14");
        assertThat(view.path("totalParticipants").asInt()).isEqualTo(25);
    }

    @Test
    void a_national_webinar_is_cancelled_and_steps_after_the_end_are_conflicts_that_store_nothing() throws Exception {
        String webinarId = plan("{\"kind\": \"WEBINAR\", \"subject\": \"Online had\", \"date\": \""
                + TODAY.plusMonths(1) + "\", \"organiser\": \"Center for Digital Pædagogik\"}");
        String webinar = GATHERINGS + "/" + webinarId;
        assertThat(post(webinar + "/cancellation", "{\"reason\": \"For få tilmeldte\"}").statusCode()).isEqualTo(204);
        JsonNode cancelledAgain = assertProblem(post(webinar + "/cancellation", "{\"reason\": \"Igen\"}"), 409, null);
        assertThat(cancelledAgain.path("currentStatus").asString()).isEqualTo("CANCELLED");
        assertThat(cancelledAgain.path("currentStatusLabel").asString()).isEqualTo("aflyst");
        assertThat(assertProblem(post(webinar + "/held", "{\"heldOn\": \"" + TODAY + "\", \"participants\": {\"0101\": 3}}"),
                409, null).path("currentStatus").asString()).isEqualTo("CANCELLED");
        assertThat(storedEvents(webinarId)).hasSize(2);
        assertThat(published.await(webinarId, EventTypes.GATHERING_CANCELLED.type()).payload())
                .isEqualTo(new GatheringCancelled(webinarId, GatheringKind.WEBINAR, null, "For få tilmeldte"));
        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> read(get(webinar).body()),
                node -> node.path("status").asString().equals("CANCELLED"));
        assertThat(view.path("districtName").asString()).isEqualTo("Hele landet");
        assertThat(view.path("cancellationReason").asString()).isEqualTo("For få tilmeldte");

        String courseId = plan(THEME_DAY_IN_1467.replace("THEME_DAY", "COURSE"));
        String course = GATHERINGS + "/" + courseId;
        String heldOnce = "{\"heldOn\": \"" + TODAY + "\", \"participants\": {\"0336\": 12}}";
        assertThat(post(course + "/held", heldOnce).statusCode()).isEqualTo(204);
        JsonNode heldAgain = assertProblem(post(course + "/held", heldOnce), 409, null);
        assertThat(heldAgain.path("currentStatus").asString()).isEqualTo("HELD");
        assertThat(heldAgain.path("currentStatusLabel").asString()).isEqualTo("afholdt");
        assertThat(assertProblem(post(course + "/cancellation", "{\"reason\": \"For sent\"}"), 409, null)
                .path("currentStatus").asString()).isEqualTo("HELD");
        assertThat(storedEvents(courseId)).hasSize(2);
    }

    @Test
    void the_list_is_sorted_by_date_and_filtered_by_district_national_and_year() throws Exception {
        String september = plan(onBornholm("COURSE", "2031-09-01"));
        String national = plan("{\"kind\": \"ANNUAL_MEETING\", \"subject\": \"Årsmøde 2031\", \"date\": \"2031-03-01\","
                + " \"organiser\": \"SSP-Samrådet\"}");
        String february = plan(onBornholm("THEME_DAY", "2031-02-01"));
        String nextYear = plan(onBornholm("WEBINAR", "2032-01-10"));

        List<String> all = await().atMost(Duration.ofSeconds(10)).until(() -> ids(GATHERINGS),
                ids -> ids.contains(nextYear) && ids.contains(february));
        assertThat(all).containsSubsequence(february, national, september, nextYear);
        assertThat(ids(GATHERINGS + "?district=1471")).containsExactly(february, september, nextYear);
        assertThat(ids(GATHERINGS + "?district=1471&year=2031")).containsExactly(february, september);
        assertThat(ids(GATHERINGS + "?year=2031")).containsExactly(february, national, september);
        assertThat(ids(GATHERINGS + "?district=national&year=2031")).containsExactly(national);
        assertThat(ids(GATHERINGS + "?district=national")).contains(national).doesNotContain(february, september);

        JsonNode items = read(get(GATHERINGS + "?year=2031").body());
        assertThat(items.findValuesAsString("kindLabel")).containsExactly("temadag", "årsmøde", "kursus");
        assertThat(items.findValuesAsString("statusLabel")).containsOnly("planlagt");
        assertThat(items.findValuesAsString("districtName"))
                .containsExactly("Bornholms Politi", "Hele landet", "Bornholms Politi");
        assertThat(items.findValuesAsString("totalParticipants")).containsOnly("0");
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_stores_nothing() throws Exception {
        String gathering = GATHERINGS + "/" + plan(THEME_DAY_IN_1467);
        long stored = eventCount();

        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace("\"kind\": \"THEME_DAY\", ", "")), 400, "kind");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace("THEME_DAY", "PARTY")), 400, "kind");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace(SUBJECT, " ")), 400, "subject");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace(SUBJECT, "x".repeat(201))), 400, "subject");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace("SSP-Samrådet", "")), 400, "organiser");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace("SSP-Samrådet", "x".repeat(201))), 400, "organiser");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace("\"" + TODAY + "\"", "null")), 400, "date");
        assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace(TODAY.toString(), "2026-13-01")), 400, "date");
        assertThat(assertProblem(post(GATHERINGS, THEME_DAY_IN_1467.replace("1467", "1472")), 422, "districtCode")
                .path("value").asString()).isEqualTo("1472");

        assertThat(assertProblem(held(gathering, TODAY.plusDays(1), "{\"0336\": 14}"), 422, "heldOn")
                .path("value").asString()).isEqualTo(TODAY.plusDays(1).toString());
        assertProblem(held(gathering, TODAY, "{}"), 422, "participants");
        assertThat(assertProblem(held(gathering, TODAY, "{\"0336\": 14, \"0999\": 3}"), 422, "participants.0999")
                .path("value").asString()).isEqualTo("0999");
        assertProblem(held(gathering, TODAY, "{\"411\": 3}"), 422, "participants.411");
        assertProblem(held(gathering, TODAY, "{\"0336\": 14, \"336\": 2}"), 422, "participants.336");
        assertThat(assertProblem(held(gathering, TODAY, "{\"0336\": 0}"), 422, "participants.0336")
                .path("value").asInt()).isZero();
        assertThat(assertProblem(held(gathering, TODAY, "{\"336\": 10001}"), 422, "participants.336")
                .path("value").asInt()).isEqualTo(10_001);
        assertProblem(held(gathering, TODAY, "{\"0336\": \"mange\"}"), 400, "participants.0336");
        assertProblem(post(gathering + "/held", "{\"heldOn\": \"" + TODAY + "\"}"), 400, "participants");
        assertProblem(post(gathering + "/held", "{\"participants\": {\"0336\": 14}}"), 400, "heldOn");
        assertProblem(post(gathering + "/cancellation", "{\"reason\": \"\"}"), 400, "reason");
        assertProblem(post(gathering + "/cancellation", "{\"reason\": \"" + "x".repeat(501) + "\"}"), 400, "reason");

        assertProblem(held(GATHERINGS + "/unknown", TODAY, "{\"0336\": 14}"), 404, "gatheringId");
        assertProblem(post(GATHERINGS + "/unknown/cancellation", "{\"reason\": \"Aflyst\"}"), 404, "gatheringId");
        assertProblem(get(GATHERINGS + "/unknown"), 404, "gatheringId");
        assertProblem(get(GATHERINGS + "?year=tyve"), 400, "year");
        assertProblem(get(GATHERINGS + "?year=0"), 400, "year");
        assertThat(assertProblem(get(GATHERINGS + "?district=1472"), 422, "district").path("value").asString())
                .isEqualTo("1472");
        assertProblem(get(GATHERINGS + "?district=Stevns"), 422, "district");
        assertThat(eventCount()).isEqualTo(stored);
    }

    /** Plans a gathering and answers its id. */
    private String plan(String body) throws Exception {
        HttpResponse<String> response = post(GATHERINGS, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body()).path("gatheringId").asString();
    }

    private HttpResponse<String> held(String gathering, LocalDate heldOn, String participants) throws Exception {
        return post(gathering + "/held", "{\"heldOn\": \"" + heldOn + "\", \"participants\": " + participants + "}");
    }

    private List<String> ids(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(read(response.body()).spliterator(), false)
                .map(item -> item.path("gatheringId").asString()).toList();
    }

    private static String onBornholm(String kind, String date) {
        return "{\"kind\": \"" + kind + "\", \"districtCode\": \"1471\", \"subject\": \"Unge i nattelivet\","
                + " \"date\": \"" + date + "\", \"organiser\": \"SSP Bornholm\"}";
    }
}
