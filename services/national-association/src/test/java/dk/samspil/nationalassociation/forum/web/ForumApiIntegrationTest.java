package dk.samspil.nationalassociation.forum.web;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.national.ForumClosed;
import dk.samspil.contracts.national.ForumCoordinatorAppointed;
import dk.samspil.contracts.national.ForumEstablished;
import dk.samspil.contracts.national.ForumKind;
import dk.samspil.contracts.national.ForumMeetingHeld;
import dk.samspil.contracts.national.ForumMemberJoined;
import dk.samspil.contracts.national.ForumMemberLeft;
import dk.samspil.contracts.national.ForumProductPublished;
import dk.samspil.contracts.national.ForumYearlyStatusReported;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.bson.Document;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The forums through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the Mongo-wire server.
 * Each scenario works on forums of its own, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = Topics.NATIONAL_ASSOCIATION_FORUMS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumApiIntegrationTest extends ServiceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String FORUMS = "/api/national/forums";
    private static final String NETWORK = "{\"kind\": \"EXPERIENCE_NETWORK\", \"name\": \"Erfaringsnetværk Sjælland\","
            + " \"mandate\": \"Deler erfaringer med forældresamarbejde\"}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("national_association"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("national-association-forum-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    MongoDatabase readModelDatabase;

    private PublishedEvents published;

    @BeforeAll
    void subscribe() {
        published = new PublishedEvents(kafka.getBrokersAsString(), "forum-api-test",
                Topics.NATIONAL_ASSOCIATION_FORUMS);
    }

    @AfterAll
    void close() {
        published.close();
    }

    @Test
    void an_experience_network_lives_from_establishment_to_closure_and_is_published_without_names() throws Exception {
        HttpResponse<String> established = post(FORUMS, NETWORK);
        assertThat(established.statusCode()).as(established.body()).isEqualTo(201);
        String forumId = read(established.body()).path("forumId").asString();
        String forum = FORUMS + "/" + forumId;
        assertThat(established.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(forum));

        HttpResponse<String> appointed = post(forum + "/coordinators", "{\"role\": \"SSP-konsulent\","
                + " \"municipalityCode\": \"259\", \"honorarium\": 25000, \"contactName\": \"Mette Hansen\"}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        String coordinatorId = read(appointed.body()).path("coordinatorId").asString();
        String stevns = memberId(post(forum + "/members", member("0336", TODAY)));
        String copenhagen = memberId(post(forum + "/members", member("0101", TODAY)));
        assertThat(postWithoutBody(forum + "/members/" + copenhagen + "/leaving").statusCode()).isEqualTo(204);
        JsonNode again = assertProblem(postWithoutBody(forum + "/members/" + copenhagen + "/leaving"), 409, "memberId");
        assertThat(again.path("value").asString()).isEqualTo(copenhagen);

        String meetingId = null;
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> meeting = post(forum + "/meetings", meeting("[\"0336\", \"259\", \"0259\"]"));
            assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
            meetingId = read(meeting.body()).path("meetingId").asString();
        }
        JsonNode sixth = assertProblem(post(forum + "/meetings", meeting("[]")), 409, "heldOn");
        assertThat(sixth.path("currentStatus").asString()).isEqualTo("ACTIVE");
        assertThat(sixth.path("value").asString()).isEqualTo(TODAY.toString());

        String status = "{\"year\": " + TODAY.getYear() + ", \"text\": \"Fem møder og en drejebog\"}";
        assertThat(post(forum + "/yearly-status", status).statusCode()).isEqualTo(204);
        assertProblem(post(forum + "/yearly-status", status), 409, "year");
        HttpResponse<String> product = post(forum + "/products", "{\"title\": \"Drejebog\","
                + " \"description\": \"Til forældremøder i udskolingen\", \"publishedOn\": \"" + TODAY + "\"}");
        assertThat(product.statusCode()).as(product.body()).isEqualTo(201);
        String productId = read(product.body()).path("productId").asString();
        assertThat(storedEvents(forumId)).hasSize(12);

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> forum(forumId),
                node -> node.path("products").size() == 1);
        assertThat(view.path("kindLabel").asString()).isEqualTo("erfaringsnetværk");
        assertThat(view.path("yearlyStatusOverdue").asBoolean()).isFalse();
        assertThat(view.path("yearlyStatusDueOn").asString()).isEqualTo(TODAY.plusMonths(12).toString());
        assertThat(view.path("meetingsThisMembershipYear").asInt()).isEqualTo(5);
        assertThat(view.path("activeMembers").asInt()).isEqualTo(1);
        assertThat(view.path("members").findValuesAsString("municipalityName")).containsExactlyInAnyOrder("Stevns", "København");
        assertThat(view.path("coordinators").path(0).path("contactName").asString()).isEqualTo("Mette Hansen");
        JsonNode listed = read(get(FORUMS).body());
        assertThat(listed.findValuesAsString("forumId")).contains(forumId);

        assertThat(postWithoutBody(forum + "/closure").statusCode()).isEqualTo(204);
        JsonNode closed = assertProblem(post(forum + "/products", "{\"title\": \"Mere\", \"description\": \"Mere\","
                + " \"publishedOn\": \"" + TODAY + "\"}"), 409, null);
        assertThat(closed.path("currentStatus").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("currentStatusLabel").asString()).isEqualTo("lukket");
        assertThat(storedEvents(forumId)).hasSize(13);

        EventEnvelope<?> first = published.await(forumId, EventTypes.FORUM_ESTABLISHED.type());
        assertThat(first.source()).isEqualTo(URI.create("/national-association"));
        assertThat(first.payload()).isEqualTo(new ForumEstablished(forumId, ForumKind.EXPERIENCE_NETWORK,
                "Erfaringsnetværk Sjælland", "Deler erfaringer med forældresamarbejde", TODAY));
        assertThat(published.await(forumId, EventTypes.FORUM_COORDINATOR_APPOINTED.type()).payload()).isEqualTo(
                new ForumCoordinatorAppointed(forumId, coordinatorId, "SSP-konsulent", "0259", "1467", 25_000, TODAY));
        assertThat(published.await(EventTypes.FORUM_MEMBER_JOINED, joined -> joined.memberId().equals(stevns)))
                .extracting(EventEnvelope::payload).isEqualTo(new ForumMemberJoined(forumId,
                        ForumKind.EXPERIENCE_NETWORK, stevns, "0336", "1467", "SSP-koordinator", TODAY,
                        TODAY.plusYears(1).minusDays(1)));
        assertThat(published.await(forumId, EventTypes.FORUM_MEMBER_LEFT.type()).payload()).isEqualTo(
                new ForumMemberLeft(forumId, copenhagen, "0101", "1470", TODAY));
        String lastMeeting = meetingId;
        assertThat(published.await(EventTypes.FORUM_MEETING_HELD, held -> held.meetingId().equals(lastMeeting)))
                .extracting(EventEnvelope::payload).isEqualTo(new ForumMeetingHeld(forumId, lastMeeting, TODAY,
                        "Forældremøder", List.of("0336", "0259")));
        assertThat(published.await(forumId, EventTypes.FORUM_YEARLY_STATUS_REPORTED.type()).payload()).isEqualTo(
                new ForumYearlyStatusReported(forumId, TODAY.getYear(), "Fem møder og en drejebog", TODAY,
                        TODAY.plusMonths(12)));
        assertThat(published.await(forumId, EventTypes.FORUM_PRODUCT_PUBLISHED.type()).payload()).isEqualTo(
                new ForumProductPublished(forumId, productId, "Drejebog", "Til forældremøder i udskolingen", TODAY));
        assertThat(published.await(forumId, EventTypes.FORUM_CLOSED.type()).payload())
                .isEqualTo(new ForumClosed(forumId, TODAY));
        assertThat(published.records()).noneSatisfy(record ->
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("Mette"));
    }

    @Test
    void refused_steps_name_the_field_and_value_and_store_nothing() throws Exception {
        String forumId = read(post(FORUMS, NETWORK).body()).path("forumId").asString();
        String forum = FORUMS + "/" + forumId;
        long before = eventCount();

        assertProblem(post(FORUMS, "{\"kind\": \"PROFESSIONAL_FORUM\", \"name\": \" \", \"mandate\": \"M\"}"), 400, "name");
        assertProblem(post(FORUMS, "{\"kind\": \"BOOK_CLUB\", \"name\": \"Læsekreds\"}"), 400, "kind");
        JsonNode noMandate = assertProblem(post(FORUMS, "{\"kind\": \"PROFESSIONAL_FORUM\", \"name\": \"Fagforum\"}"),
                422, "mandate");
        assertThat(noMandate.path("detail").asString()).isEqualTo("Et fagforum skal have et mandat");
        assertThat(assertProblem(post(forum + "/coordinators", "{\"role\": \"SSP-konsulent\", \"municipalityCode\": \"0259\","
                + " \"honorarium\": -1}"), 422, "honorarium").path("value").asString()).isEqualTo("-1");
        assertThat(assertProblem(post(forum + "/coordinators", "{\"role\": \"SSP-konsulent\", \"municipalityCode\": \"0259\","
                + " \"honorarium\": 1000001}"), 422, "honorarium").path("value").asString()).isEqualTo("1000001");
        assertProblem(post(forum + "/coordinators", "{\"role\": \"SSP-konsulent\", \"municipalityCode\": \"0259\"}"),
                400, "honorarium");
        assertThat(assertProblem(post(forum + "/members", member("0999", TODAY)), 422, "municipalityCode")
                .path("value").asString()).isEqualTo("0999");
        assertProblem(post(forum + "/members", "{\"municipalityCode\": \"0336\", \"role\": \"SSP-koordinator\"}"),
                400, "committedFrom");
        assertThat(assertProblem(post(forum + "/meetings", meeting("[\"0336\", \"9999\"]")), 422,
                "attendingMunicipalityCodes").path("value").asString()).isEqualTo("9999");
        assertThat(assertProblem(post(forum + "/meetings", "{\"heldOn\": \"" + TODAY.plusDays(1) + "\","
                + " \"subject\": \"Næste møde\", \"attendingMunicipalityCodes\": []}"), 422, "heldOn")
                .path("value").asString()).isEqualTo(TODAY.plusDays(1).toString());
        assertProblem(post(forum + "/yearly-status", "{\"year\": 2020, \"text\": \"Gammel status\"}"), 422, "year");
        assertProblem(post(forum + "/yearly-status", "{\"year\": 2026}"), 400, "text");
        assertProblem(postWithoutBody(forum + "/members/no-such-member/leaving"), 404, "memberId");
        assertProblem(postWithoutBody(FORUMS + "/no-such-forum/closure"), 404, "forumId");
        assertProblem(get(FORUMS + "/no-such-forum"), 404, "forumId");

        assertThat(eventCount()).isEqualTo(before);
        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> forum(forumId),
                node -> node.path("forumId").asString().equals(forumId));
        assertThat(view.path("members")).isEmpty();
        assertThat(view.path("coordinators")).isEmpty();
    }

    @Test
    void an_erased_coordinator_s_contact_name_reads_as_erased_and_is_stored_nowhere_in_plain_text() throws Exception {
        String forumId = read(post(FORUMS, NETWORK).body()).path("forumId").asString();
        String forum = FORUMS + "/" + forumId;
        HttpResponse<String> appointed = post(forum + "/coordinators", "{\"role\": \"SSP-konsulent\","
                + " \"municipalityCode\": \"259\", \"honorarium\": 0, \"contactName\": \"Karen Glemmesen\"}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> forum(forumId),
                node -> node.path("coordinators").size() == 1).path("coordinators").path(0).path("contactName").asString())
                .isEqualTo("Karen Glemmesen");
        published.await(forumId, EventTypes.FORUM_COORDINATOR_APPOINTED.type());

        HttpResponse<String> erased = post("/api/personal-data/erasure",
                "{\"organisationCode\": \"0259\", \"identifier\": \"karen glemmesen\"}");

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(read(erased.body()).path("erased").asBoolean()).isTrue();
        assertThat(forum(forumId).path("coordinators").path(0).path("contactName").asString()).isEqualTo("[slettet]");
        assertThat(jdbc.queryForList("select payload, metadata from domainevententry where aggregateidentifier = ?", forumId))
                .hasSize(2).allSatisfy(row -> assertThat(row.values().stream()
                        .map(value -> value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value)))
                        .noneMatch(text -> text.contains("Glemmesen")));
        assertThat(readModelDatabase.getCollection("forums").find(new Document("_id", forumId)).first().toJson())
                .contains("pd1:").doesNotContain("Glemmesen");
        assertThat(published.records()).allSatisfy(record ->
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Glemmesen"));
    }

    private static String member(String municipalityCode, LocalDate committedFrom) {
        return "{\"municipalityCode\": \"" + municipalityCode + "\", \"role\": \"SSP-koordinator\","
                + " \"committedFrom\": \"" + committedFrom + "\"}";
    }

    private static String meeting(String attendingMunicipalityCodes) {
        return "{\"heldOn\": \"" + TODAY + "\", \"subject\": \"Forældremøder\","
                + " \"attendingMunicipalityCodes\": " + attendingMunicipalityCodes + "}";
    }

    private String memberId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body()).path("memberId").asString();
    }

    private JsonNode forum(String forumId) throws Exception {
        HttpResponse<String> response = get(FORUMS + "/" + forumId);
        return response.statusCode() == 200 ? read(response.body()) : json.missingNode();
    }
}
