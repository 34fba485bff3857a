package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.districtcouncil.AgendaItem;
import dk.samspil.contracts.districtcouncil.AgendaItemKind;
import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.districtcouncil.MeetingScheduled;
import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.reference.Theme;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The district council through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the Mongo-wire
 * server. Each scenario works in its own police district, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = Topics.DISTRICT_COUNCILS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictCouncilApiIntegrationTest extends ServiceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String PLAN_DRAFT = "{\"title\": \"Samarbejdsplan 2027-2028\", \"periodStart\": \"2027-01-01\","
            + " \"periodEnd\": \"2028-12-31\", \"text\": \"Version %d af planen\"}";
    private static final String MEETING = "{\"date\": \"" + TODAY + "\", \"agenda\": ["
            + "{\"kind\": \"LOCAL_REPORT\", \"reference\": \"r-1\", \"title\": \"Lokalrapport fra Stevns\"},"
            + "{\"kind\": \"OTHER\", \"title\": \"Eventuelt\"}]}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("district_council"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("district-council-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;

    private PublishedEvents published;

    @BeforeAll
    void subscribe() {
        published = new PublishedEvents(kafka.getBrokersAsString(),
                "district-council-api-test", Topics.DISTRICT_COUNCILS);
    }

    @AfterAll
    void close() {
        published.close();
    }

    @Test
    void priorities_are_stored_published_and_shown_with_theme_labels() throws Exception {
        HttpResponse<String> set = put("/api/districts/1462/priorities", "{\"periodStart\": \"2027-01-01\","
                + " \"periodEnd\": \"2028-12-31\", \"priorities\": [{\"theme\": \"nikotinprodukter\", \"goal\": \"Færre unge bruger snus\"},"
                + " {\"theme\": \"UNSAFE_PLACES\", \"goal\": \"Tryggere stationsområder\"}]}");

        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        assertThat(storedEvents("1462")).containsExactly(
                "dk.samspil.districtcouncil.council.command.DistrictPrioritiesSetEvent");
        EventEnvelope<?> event = published.await("1462", EventTypes.DISTRICT_PRIORITIES_SET.type());
        assertThat(event.source()).isEqualTo(URI.create("/district-councils/1462"));
        assertThat(event.payload()).isEqualTo(new DistrictPrioritiesSet("1462", LocalDate.parse("2027-01-01"),
                LocalDate.parse("2028-12-31"), List.of(new Priority(Theme.NICOTINE_PRODUCTS, "Færre unge bruger snus"),
                new Priority(Theme.UNSAFE_PLACES, "Tryggere stationsområder"))));

        JsonNode priorities = await().atMost(Duration.ofSeconds(10))
                .until(() -> council("1462").path("priorities"), node -> !node.isMissingNode());
        assertThat(priorities.path("items").findValuesAsString("theme")).containsExactly("NICOTINE_PRODUCTS", "UNSAFE_PLACES");
        assertThat(priorities.path("items").findValuesAsString("themeLabel")).containsExactly("nikotinprodukter", "utrygge steder");
        assertThat(priorities.path("periodEnd").asString()).isEqualTo("2028-12-31");
    }

    @Test
    void the_cooperation_plan_is_drafted_published_once_and_then_public() throws Exception {
        String district = "/api/districts/1470";
        assertProblem(get(district + "/cooperation-plan"), 404, null);
        JsonNode withoutDraft = assertProblem(post(district + "/cooperation-plan/publication", "{\"version\": 1}"), 409, null);
        assertThat(withoutDraft.path("currentStatus").asString()).isEqualTo("NONE");
        assertThat(storedEvents("1470")).isEmpty();

        HttpResponse<String> first = post(district + "/cooperation-plan/drafts", PLAN_DRAFT.formatted(1));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(read(first.body()).path("version").asInt()).isEqualTo(1);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(district + "/cooperation-plan/draft"));
        assertThat(read(post(district + "/cooperation-plan/drafts", PLAN_DRAFT.formatted(2)).body())
                .path("version").asInt()).isEqualTo(2);

        JsonNode older = assertProblem(post(district + "/cooperation-plan/publication", "{\"version\": 1}"), 409, null);
        assertThat(older.path("currentStatus").asString()).isEqualTo("DRAFTED");
        assertProblem(post(district + "/cooperation-plan/publication", "{\"version\": 3}"), 422, "version");
        HttpResponse<String> publication = post(district + "/cooperation-plan/publication", "{\"version\": 2}");
        assertThat(publication.statusCode()).as(publication.body()).isEqualTo(200);
        assertThat(read(publication.body()).path("publishedOn").asString()).isEqualTo(TODAY.toString());
        JsonNode again = assertProblem(post(district + "/cooperation-plan/publication", "{\"version\": 2}"), 409, null);
        assertThat(again.path("currentStatus").asString()).isEqualTo("PUBLISHED");
        assertThat(storedEvents("1470")).hasSize(3);

        assertThat(published.await("1470", EventTypes.COOPERATION_PLAN_PUBLISHED.type()).payload()).isEqualTo(
                new CooperationPlanPublished("1470", 2, "Samarbejdsplan 2027-2028", LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2028-12-31"), "Version 2 af planen", TODAY));
        HttpResponse<String> publicPlan = await().atMost(Duration.ofSeconds(10))
                .until(() -> get(district + "/cooperation-plan"), response -> response.statusCode() == 200);
        JsonNode plan = read(publicPlan.body());
        assertThat(plan.path("version").asInt()).isEqualTo(2);
        assertThat(plan.path("districtName").asString()).isEqualTo("Københavns Politi");
        assertThat(plan.path("text").asString()).isEqualTo("Version 2 af planen");
        assertThat(plan.path("publishedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(read(get(district + "/cooperation-plan/draft").body()).path("version").asInt()).isEqualTo(2);
        JsonNode state = council("1470").path("cooperationPlan");
        assertThat(state.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(state.path("statusLabel").asString()).isEqualTo("offentliggjort");
        assertThat(state.path("publishedVersion").asInt()).isEqualTo(2);
    }

    @Test
    void a_decision_at_a_meeting_is_assigned_to_local_councils_and_published_for_them() throws Exception {
        String district = "/api/districts/1467";
        HttpResponse<String> scheduled = post(district + "/meetings", MEETING);
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        String meetingId = read(scheduled.body()).path("meetingId").asString();

        HttpResponse<String> decided = post(district + "/meetings/" + meetingId + "/decisions", decision(
                "[\"NICOTINE_PRODUCTS\"]", "[\"LR-0336\"]"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
        String decisionId = read(decided.body()).path("decisionId").asString();

        HttpResponse<String> assigned = post(district + "/decisions/" + decisionId + "/assignments",
                "{\"localCouncilIds\": [\"LR-0329\"]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(read(assigned.body()).path("assignedLocalCouncilIds")).extracting(JsonNode::asString)
                .containsExactly("LR-0336", "LR-0329");
        JsonNode twice = assertProblem(post(district + "/decisions/" + decisionId + "/assignments",
                "{\"localCouncilIds\": [\"LR-0336\"]}"), 409, "localCouncilIds");
        assertThat(twice.path("detail").asString()).contains("LR-0336");
        assertThat(storedEvents("1467")).hasSize(3);

        assertThat(published.await("1467", EventTypes.MEETING_SCHEDULED.type()).payload()).isEqualTo(new MeetingScheduled(
                "1467", meetingId, TODAY, List.of(new AgendaItem(AgendaItemKind.LOCAL_REPORT, "r-1", "Lokalrapport fra Stevns"),
                new AgendaItem(AgendaItemKind.OTHER, null, "Eventuelt"))));
        assertThat(published.await("1467", EventTypes.DECISION_MADE.type()).payload()).isEqualTo(new DecisionMade("1467",
                meetingId, decisionId, "Forældremøder", "Forældremøder om nikotinprodukter i udskolingen",
                List.of(Theme.NICOTINE_PRODUCTS), List.of("LR-0336"), TODAY.plusMonths(2)));
        EventEnvelope<?> assignment = published.await("1467", EventTypes.DECISION_ASSIGNED.type());
        assertThat(assignment.aggregateSequence()).isEqualTo(2);
        assertThat(assignment.payload()).isEqualTo(new DecisionAssigned("1467", decisionId, "Forældremøder",
                "Forældremøder om nikotinprodukter i udskolingen", List.of("LR-0329"), List.of("LR-0336", "LR-0329"),
                TODAY.plusMonths(2)));

        JsonNode meeting = await().atMost(Duration.ofSeconds(10)).until(() -> council("1467").path("meetings").path(0),
                node -> node.path("decisions").path(0).path("localCouncils").size() == 2);
        assertThat(meeting.path("meetingId").asString()).isEqualTo(meetingId);
        assertThat(meeting.path("agenda").findValuesAsString("kindLabel")).containsExactly("lokalrapport", "andet");
        JsonNode decision = meeting.path("decisions").path(0);
        assertThat(decision.path("themeLabels").path(0).asString()).isEqualTo("nikotinprodukter");
        assertThat(decision.path("localCouncils").findValuesAsString("name")).containsExactly("Lokalråd Stevns", "Lokalråd Ringsted");
    }

    @Test
    void refused_steps_name_the_field_and_value_and_store_nothing() throws Exception {
        String district = "/api/districts/1466";
        String meetingId = read(post(district + "/meetings", MEETING).body()).path("meetingId").asString();
        long before = storedEvents("1466").size();

        JsonNode outside = assertProblem(post(district + "/meetings/" + meetingId + "/decisions",
                decision("[\"ALCOHOL\"]", "[\"LR-0101\"]")), 422, "localCouncilIds");
        assertThat(outside.path("value").asString()).isEqualTo("LR-0101");
        assertThat(outside.path("detail").asString()).isEqualTo("Lokalråd LR-0101 hører ikke til politikreds 1466");
        assertThat(assertProblem(post(district + "/meetings/" + meetingId + "/decisions",
                decision("[\"ALCOHOL\"]", "[\"LR-9999\"]")), 422, "localCouncilIds").path("value").asString())
                .isEqualTo("LR-9999");
        JsonNode unknownTheme = assertProblem(post(district + "/meetings/" + meetingId + "/decisions",
                decision("[\"ALCOHOL\", \"fodbold\"]", "[]")), 422, "themes[1]");
        assertThat(unknownTheme.path("value").asString()).isEqualTo("fodbold");
        assertThat(unknownTheme.path("detail").asString()).isEqualTo("Ukendt tema: fodbold");
        assertProblem(post(district + "/meetings/no-such-meeting/decisions", decision("[\"ALCOHOL\"]", "[]")),
                404, "meetingId");
        assertProblem(post(district + "/decisions/no-such-decision/assignments", "{\"localCouncilIds\": [\"LR-0370\"]}"),
                404, "decisionId");
        assertProblem(put(district + "/priorities", "{\"periodStart\": \"2027-01-01\", \"periodEnd\": \"2028-12-31\","
                + " \"priorities\": [{\"theme\": \"fodbold\", \"goal\": \"Mål\"}]}"), 422, "priorities[0].theme");
        assertProblem(put(district + "/priorities", "{\"periodStart\": \"2027-01-01\", \"periodEnd\": \"2028-12-31\","
                + " \"priorities\": [{\"theme\": \"ALCOHOL\", \"goal\": \"Mål\"}, {\"theme\": \"alkohol\", \"goal\": \"Andet mål\"}]}"),
                422, "priorities");
        assertProblem(put(district + "/priorities", "{\"periodStart\": \"2028-01-01\", \"periodEnd\": \"2027-12-31\","
                + " \"priorities\": [{\"theme\": \"ALCOHOL\", \"goal\": \"Mål\"}]}"), 422, "periodEnd");
        assertProblem(put(district + "/priorities", "{\"periodStart\": \"2027-01-01\", \"priorities\": []}"),
                400, "priorities");
        assertProblem(post(district + "/cooperation-plan/drafts", "{\"title\": \" \", \"periodStart\": \"2027-01-01\","
                + " \"periodEnd\": \"2028-12-31\", \"text\": \"Tekst\"}"), 400, "title");
        assertProblem(post(district + "/meetings", "{\"date\": \"" + TODAY + "\", \"agenda\": [{\"kind\": \"PARTY\", \"title\": \"x\"}]}"),
                400, "agenda[0].kind");
        assertProblem(post(district + "/meetings", "{\"date\": \"" + TODAY + "\", \"agenda\": []}"), 400, "agenda");
        assertProblem(post("/api/districts/1459/meetings", MEETING), 404, "politikredskode");
        assertProblem(get("/api/districts/1459/council"), 404, "politikredskode");
        assertProblem(get("/api/districts/1459/cooperation-plan"), 404, "politikredskode");

        assertThat(storedEvents("1466")).hasSize((int) before);
        assertThat(council("1466").path("meetings").path(0).path("decisions")).isEmpty();
    }

    private static String decision(String themes, String localCouncilIds) {
        return "{\"title\": \"Forældremøder\", \"description\": \"Forældremøder om nikotinprodukter i udskolingen\","
                + " \"themes\": " + themes + ", \"localCouncilIds\": " + localCouncilIds + ","
                + " \"dueDate\": \"" + TODAY.plusMonths(2) + "\"}";
    }

    private JsonNode council(String districtCode) throws Exception {
        HttpResponse<String> response = get("/api/districts/" + districtCode + "/council");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }
}
