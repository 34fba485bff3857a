package dk.samspil.districtcouncil.dashboard.web;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.platform.testing.ConsumingServiceIntegrationTest;
import dk.samspil.platform.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;

import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The district dashboard with {@code ?asOf=}, from events on a real Kafka broker into the timeline in PostgreSQL. */
class DistrictPictureIntegrationTest extends ConsumingServiceIntegrationTest {

    private static final Instant SEPTEMBER = Instant.parse("2026-09-01T10:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2026-10-01T10:00:00Z");

    @DynamicPropertySource
    static void eventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("district_picture"));
    }

    @Test
    void the_dashboard_as_of_a_past_day_shows_the_figures_of_that_day() {
        kafka.publish(registered("dp-1", "0336", PreventionLevel.PREVENTIVE, SEPTEMBER),
                approved("dp-1", "0336", 1, OCTOBER),
                new EventEnvelope<>("dp-project#1", EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED,
                        Sources.nationalAssociation(), "dp-project", OCTOBER.atOffset(ZoneOffset.UTC), 1,
                        new ProjectPilotMunicipalityInvited("dp-project", "Forældresamarbejde", "0259", "1467",
                                PilotMunicipalityRole.PILOT)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/api/districts/1467/dashboard?asOf=2026-10-02").getBody().path("cooperation").path("pilots")
                        .path("invited").asInt()).isEqualTo(1));

        JsonNode september = get("/api/districts/1467/dashboard?asOf=2026-09-15").getBody();
        assertThat(september.path("asOf").asString()).isEqualTo("2026-09-15T21:59:59.999999Z");
        assertThat(september.path("districtName").asString()).isEqualTo("Midt- og Vestsjællands Politi");
        assertThat(september.path("totals").path("byStatus").path("SUBMITTED").asInt()).isEqualTo(1);
        assertThat(september.path("cooperation").path("pilots").path("invited").asInt()).isZero();
        JsonNode stevns = StreamSupport.stream(september.path("municipalities").spliterator(), false)
                .filter(municipality -> municipality.path("code").asString().equals("0336")).findFirst().orElseThrow();
        assertThat(stevns.path("byStatus").path("SUBMITTED").asInt()).isEqualTo(1);
        JsonNode october = get("/api/districts/1467/dashboard?asOf=2026-10-02").getBody();
        assertThat(october.path("totals").path("byStatus").path("APPROVED").asInt()).isEqualTo(1);
        assertThat(october.path("cooperation").path("pilots").path("projectIds").get(0).asString()).isEqualTo("dp-project");
    }

    @Test
    void as_of_outside_the_timeline_or_for_an_unknown_district_is_refused() {
        kafka.publish(registered("dp-2", "0101", PreventionLevel.BUILDING, SEPTEMBER));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/api/districts/1470/dashboard?asOf=2026-09-02").getStatusCode()).isEqualTo(HttpStatus.OK));

        ResponseEntity<JsonNode> future = get("/api/districts/1470/dashboard?asOf=2999-01-01");
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(future.getBody().path("field").asString()).isEqualTo("asOf");
        assertThat(future.getBody().has("validFrom")).isTrue();
        assertThat(get("/api/districts/1470/dashboard?asOf=igår").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/districts/9999/dashboard?asOf=2026-09-02").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/districts/1470/dashboard").getBody().has("concerns")).isTrue();
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }
}
