package dk.samspil.nationalassociation.overview.web;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.national.GatheringParticipants;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.testing.ConsumingServiceIntegrationTest;
import dk.samspil.platform.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The national picture over time, from events on a real Kafka broker into the timeline in a real PostgreSQL. */
class NationalPictureIntegrationTest extends ConsumingServiceIntegrationTest {

    private static final Instant SEPTEMBER = Instant.parse("2026-09-01T10:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2026-10-01T10:00:00Z");

    @DynamicPropertySource
    static void eventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("national_picture"));
    }

    @Test
    void the_overview_as_of_a_past_day_shows_what_stood_that_day() {
        kafka.publish(registered("np-1", "0330", PreventionLevel.PREVENTIVE, SEPTEMBER),
                approved("np-1", "0330", 1, OCTOBER));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(district(get("/api/national/overview").getBody(), "1466").path("byStatus").path("APPROVED").asInt())
                        .isEqualTo(1));

        JsonNode september = get("/api/national/overview?asOf=2026-09-15").getBody();

        assertThat(september.path("asOf").asString()).isEqualTo("2026-09-15T21:59:59.999999Z");
        JsonNode zealandSouth = district(september, "1466");
        assertThat(zealandSouth.path("byStatus").path("SUBMITTED").asInt()).isEqualTo(1);
        assertThat(zealandSouth.path("byStatus").path("APPROVED").asInt()).isZero();
        assertThat(september.path("districts")).hasSize(12);
    }

    @Test
    void as_of_outside_the_timeline_is_refused_naming_the_valid_range() {
        kafka.publish(registered("np-2", "0201", PreventionLevel.BUILDING, SEPTEMBER));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/national/overview?asOf=2026-09-01").getStatusCode()).isEqualTo(HttpStatus.OK));

        ResponseEntity<JsonNode> before = get("/api/national/overview?asOf=2000-01-01");
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(before.getBody().path("field").asString()).isEqualTo("asOf");
        assertThat(Instant.parse(before.getBody().path("validFrom").asString())).isBeforeOrEqualTo(SEPTEMBER);
        assertThat(before.getBody().has("validTo")).isTrue();
        assertThat(get("/api/national/overview?asOf=2999-01-01").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        ResponseEntity<JsonNode> unreadable = get("/api/national/overview?asOf=30-06-2026");
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody().path("field").asString()).isEqualTo("asOf");
    }

    @Test
    void trends_show_what_happened_in_each_month_of_a_district() {
        Instant tenthOfSeptember = Instant.parse("2026-09-10T08:00:00Z");
        Instant tenthOfOctober = Instant.parse("2026-10-10T08:00:00Z");
        kafka.publish(registered("np-3", "0746", PreventionLevel.PREVENTIVE, tenthOfSeptember),
                registered("np-4", "0746", PreventionLevel.BUILDING, tenthOfOctober),
                envelope(EventTypes.CONCERN_RAISED, "np-concern", 0, tenthOfOctober, new ConcernRaised("np-concern",
                        "0746", "Knallerter ved stationen", "Grupper af unge kører om aftenen", List.of(Theme.YOUTH_GROUPS),
                        ConcernSeverity.WATCH, List.of("0746"), List.of(), LocalDate.of(2026, 10, 9),
                        ConcernStatus.RAISED)),
                envelope(EventTypes.GATHERING_HELD, "np-course", 1, tenthOfOctober, new GatheringHeld("np-course",
                        GatheringKind.COURSE, "1463", "Samtaler med unge", LocalDate.of(2026, 10, 10),
                        List.of(new GatheringParticipants("0746", "1463", 12)), 12)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode trends = get("/api/national/trends?from=2026-09&to=2026-10&district=1463").getBody();
            assertThat(trends.path("districtName").asString()).isEqualTo("Sydøstjyllands Politi");
            JsonNode september = trends.path("months").get(0);
            JsonNode october = trends.path("months").get(1);
            assertThat(september.path("month").asString()).isEqualTo("2026-09");
            assertThat(september.path("initiativesRegistered").asInt()).isEqualTo(1);
            assertThat(october.path("initiativesRegistered").asInt()).isEqualTo(1);
            assertThat(october.path("initiatives").asInt()).isEqualTo(2);
            assertThat(september.path("concerns").path("raised").asInt()).isZero();
            assertThat(october.path("concerns").path("raised").asInt()).isEqualTo(1);
            assertThat(october.path("gatherings").path("held").path("COURSE").asInt()).isEqualTo(1);
            assertThat(october.path("gatherings").path("participants").asInt()).isEqualTo(12);
        });
        assertThat(get("/api/national/trends").getBody().path("months")).hasSize(12);
    }

    @Test
    void trends_refuse_unreadable_reversed_future_and_unknown_parameters() {
        assertProblem(get("/api/national/trends?from=2026-13"), HttpStatus.BAD_REQUEST, "from");
        assertProblem(get("/api/national/trends?from=2026-10&to=2026-09"), HttpStatus.UNPROCESSABLE_CONTENT, "from");
        assertProblem(get("/api/national/trends?to=2999-01"), HttpStatus.UNPROCESSABLE_CONTENT, "to");
        assertProblem(get("/api/national/trends?from=2000-01&to=2026-01"), HttpStatus.UNPROCESSABLE_CONTENT, "from");
        assertProblem(get("/api/national/trends?district=9999"), HttpStatus.NOT_FOUND, "district");
    }

    @Test
    void the_annual_report_draft_has_a_chapter_for_every_district_in_json_and_markdown() {
        kafka.publish(registered("np-5", "0157", PreventionLevel.PREVENTIVE, SEPTEMBER));
        int year = Year.now().getValue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/national/annual-report/" + year).getStatusCode()).isEqualTo(HttpStatus.OK));

        JsonNode report = get("/api/national/annual-report/" + year).getBody();
        assertThat(report.path("districts")).hasSize(12);
        assertThat(report.path("country").path("name").asString()).isEqualTo("Hele landet");
        HttpHeaders markdownPlease = new HttpHeaders();
        markdownPlease.set(HttpHeaders.ACCEPT, "text/markdown");
        ResponseEntity<String> markdown = http.exchange("/api/national/annual-report/" + year, HttpMethod.GET,
                new HttpEntity<>(markdownPlease), String.class);
        assertThat(markdown.getHeaders().getContentType().toString()).startsWith("text/markdown");
        assertThat(markdown.getBody()).startsWith("# Årsberetning " + year);
        ReferenceData.instance().districts().forEach(district ->
                assertThat(markdown.getBody()).contains("## " + district.name() + "\n"));
        assertThat(http.getForEntity("/api/national/annual-report/" + year + "?format=markdown", String.class).getBody())
                .isEqualTo(markdown.getBody());

        assertProblem(get("/api/national/annual-report/tjuetyve"), HttpStatus.BAD_REQUEST, "year");
        ResponseEntity<JsonNode> tooEarly = get("/api/national/annual-report/1999");
        assertProblem(tooEarly, HttpStatus.UNPROCESSABLE_CONTENT, "year");
        assertThat(tooEarly.getBody().path("validTo").asInt()).isEqualTo(year);
        assertProblem(get("/api/national/annual-report/" + (year + 1)), HttpStatus.UNPROCESSABLE_CONTENT, "year");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getBody().path("field").asString()).isEqualTo(field);
    }

    private static JsonNode district(JsonNode overview, String code) {
        return StreamSupport.stream(overview.path("districts").spliterator(), false)
                .filter(district -> district.path("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static <T> EventEnvelope<T> envelope(EventType<T> type, String id, long sequence, Instant time, T payload) {
        return new EventEnvelope<>(id + "#" + sequence, type, Sources.nationalAssociation(), id,
                time.atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
