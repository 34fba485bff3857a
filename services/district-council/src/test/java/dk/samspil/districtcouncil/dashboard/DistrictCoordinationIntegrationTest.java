package dk.samspil.districtcouncil.dashboard;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.testing.ConsumingServiceIntegrationTest;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static dk.samspil.contracts.national.PilotMunicipalityRole.CO_DEVELOPER;
import static dk.samspil.contracts.national.PilotMunicipalityRole.PILOT;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernEscalated;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernRaised;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.decisionMade;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.implementationReported;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.localReport;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotInvited;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotJoined;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotLeft;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.planPublished;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.prioritiesSet;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectGrantApplied;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectProposed;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The dashboard's coordination sections fed through a real Kafka broker, read over HTTP. */
class DistrictCoordinationIntegrationTest extends ConsumingServiceIntegrationTest {

    private static final String GROUP = "district-council-coordination";
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:01:02Z");

    @DynamicPropertySource
    static void eventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("district_council"));
    }

    @Test
    void concerns_reports_decisions_priorities_and_the_plan_published_on_kafka_show_on_the_dashboard() {
        kafka.publish(
                concernRaised("k-stevns", "0336", "Unge samles ved stationen i Hårlev", List.of(Theme.YOUTH_GROUPS),
                        ConcernSeverity.WATCH, List.of("0336"), List.of()),
                concernEscalated("k-stevns", 1, "0336", List.of("1467"), List.of("1467")),
                concernRaised("k-faxe", "0320", "Salg af hash ved stationen", List.of(Theme.CANNABIS),
                        ConcernSeverity.ALERT, List.of("0320", "0336"), List.of()),
                localReport("LR-0336", 1, "1467", "k-report", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                        List.of(new ThemeTrend(Theme.NICOTINE_PRODUCTS, Trend.UP, "Flere nikotinposer")),
                        List.of(new ReportFigure("anmeldelser om hærværk", 12))),
                prioritiesSet("1467", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                        List.of(new Priority(Theme.CANNABIS, "Færre unge prøver hash"))),
                decisionMade("1467", 2, "k-decision", "Fælles indsats ved stationen", LocalDate.of(2027, 3, 1),
                        List.of("LR-0336")),
                implementationReported("LR-0336", 2, "1467", "k-decision", DecisionImplementationStatus.IN_PROGRESS,
                        "Nattevandring aftalt", LocalDate.of(2026, 11, 20)),
                planPublished("1467", 3, 1, "Samarbejdsplan 2026-2027", LocalDate.of(2026, 11, 2)),
                registered("k-initiative", "0336", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, List.of("Hash"),
                        20_000, MONDAY));

        // Four aggregates on four topics arrive in any order: wait for all of it at once.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEverySectionShows(dashboard("1467")));
        JsonNode faxe = dashboard("1466").path("concerns");
        assertThat(ids(faxe.path("raisedInDistrict"))).contains("k-faxe");
        assertThat(ids(faxe.path("fromElsewhere"))).doesNotContain("k-stevns");
    }

    private static void assertEverySectionShows(JsonNode dashboard) {
        JsonNode concerns = dashboard.path("concerns");
        assertThat(ids(concerns.path("raisedInDistrict"))).contains("k-stevns");
        assertThat(ids(concerns.path("escalatedToDistrict"))).contains("k-stevns");
        assertThat(ids(concerns.path("fromElsewhere"))).contains("k-faxe").doesNotContain("k-stevns");
        JsonNode stevns = item(concerns.path("escalatedToDistrict"), "concernId", "k-stevns");
        assertThat(stevns.path("statusLabel").asString()).isEqualTo("eskaleret");
        assertThat(stevns.path("severityLabel").asString()).isEqualTo("skærpet opmærksomhed");
        assertThat(stevns.path("themeLabels").get(0).asString()).isEqualTo("ungegrupper");
        assertThat(stevns.path("raisedByName").asString()).isEqualTo("Stevns");
        assertThat(stevns.path("escalatedTo").get(0).asString()).isEqualTo("1467");
        assertThat(item(concerns.path("fromElsewhere"), "concernId", "k-faxe").path("raisedByName").asString())
                .isEqualTo("Faxe");
        assertThat(concerns.path("escalatedCount").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode report = item(dashboard.path("localReports"), "localCouncilId", "LR-0336").path("latestReport");
        assertThat(report.path("reportId").asString()).isEqualTo("k-report");
        assertThat(report.path("periodEnd").asString()).isEqualTo("2026-09-30");
        assertThat(report.path("themeTrends").get(0).path("trendLabel").asString()).isEqualTo("stigende");
        assertThat(report.path("themeTrends").get(0).path("themeLabel").asString()).isEqualTo("nikotinprodukter");
        assertThat(report.path("figures").get(0).path("value").asLong()).isEqualTo(12);
        assertThat(item(dashboard.path("localReports"), "localCouncilId", "LR-0259").path("latestReport").isNull())
                .isTrue();

        JsonNode decision = item(dashboard.path("decisions"), "decisionId", "k-decision");
        assertThat(decision.path("overdue").asBoolean()).isFalse();
        JsonNode assignment = item(decision.path("assignments"), "localCouncilId", "LR-0336");
        assertThat(assignment.path("name").asString()).isEqualTo("Lokalråd Stevns");
        assertThat(assignment.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(assignment.path("statusLabel").asString()).isEqualTo("i gang");
        assertThat(assignment.path("lastNote").asString()).isEqualTo("Nattevandring aftalt");

        JsonNode cannabis = dashboard.path("priorities").path("items").get(0);
        assertThat(cannabis.path("themeLabel").asString()).isEqualTo("hash og andre stoffer");
        assertThat(item(cannabis.path("municipalities"), "code", "0336").path("initiativesAddressing").asLong())
                .isEqualTo(1);
        assertThat(cannabis.path("addressedBy").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(StreamSupport.stream(cannabis.path("notAddressedBy").spliterator(), false).map(JsonNode::asString))
                .doesNotContain("Stevns");

        assertThat(dashboard.path("cooperationPlan").path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(dashboard.path("cooperationPlan").path("title").asString()).isEqualTo("Samarbejdsplan 2026-2027");
        assertThat(dashboard.path("municipalities")).hasSize(10);
        assertThat(dashboard.path("statusLabels").path("ACTIVE").asString()).isEqualTo("i gang");
    }

    @Test
    void pilot_municipalities_in_two_districts_show_only_in_their_own_district() {
        String name = "Forældresamarbejde 2026-2028";
        kafka.publish(
                projectProposed("k-project", name, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                pilotInvited("k-project", 1, name, "0336", "1467", CO_DEVELOPER),
                pilotInvited("k-project", 2, name, "0461", "1465", PILOT),
                pilotInvited("k-project", 3, name, "0259", "1467", PILOT),
                pilotJoined("k-project", 4, name, "0336", "1467", CO_DEVELOPER),
                pilotLeft("k-project", 5, name, "0259", "1467", PILOT),
                projectGrantApplied("k-project", 6));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(item(dashboard("1467").path("pilotProjects"), "projectId", "k-project")
                        .path("statusLabel").asString()).isEqualTo("ansøgt om midler"));
        JsonNode stevns = item(dashboard("1467").path("pilotProjects"), "projectId", "k-project");
        assertThat(stevns.path("name").asString()).isEqualTo(name);
        assertThat(stevns.path("status").asString()).isEqualTo("FUNDING_APPLIED");
        assertThat(stevns.path("periodStart").asString()).isEqualTo("2026-01-01");
        assertThat(stevns.path("periodEnd").asString()).isEqualTo("2028-12-31");
        assertThat(stevns.path("municipalities")).hasSize(1);
        JsonNode pilot = stevns.path("municipalities").get(0);
        assertThat(pilot.path("code").asString()).isEqualTo("0336");
        assertThat(pilot.path("name").asString()).isEqualTo("Stevns");
        assertThat(pilot.path("role").asString()).isEqualTo("CO_DEVELOPER");
        assertThat(pilot.path("roleLabel").asString()).isEqualTo("medudvikler");
        assertThat(pilot.path("pilotStatus").asString()).isEqualTo("JOINED");
        assertThat(pilot.path("pilotStatusLabel").asString()).isEqualTo("deltager");

        JsonNode odense = item(dashboard("1465").path("pilotProjects"), "projectId", "k-project");
        assertThat(odense.path("municipalities").findValuesAsString("name")).containsExactly("Odense");
        assertThat(odense.path("municipalities").findValuesAsString("pilotStatusLabel")).containsExactly("inviteret");
        assertThat(dashboard("1470").path("pilotProjects")).isEmpty();
    }

    @Test
    void a_district_without_coordination_events_shows_empty_sections_and_nulls() {
        JsonNode dashboard = dashboard("1469");

        assertThat(dashboard.path("concerns").path("openCount").asInt()).isZero();
        assertThat(dashboard.path("concerns").path("raisedInDistrict")).isEmpty();
        assertThat(dashboard.path("localReports")).isNotEmpty()
                .allSatisfy(report -> assertThat(report.path("latestReport").isNull()).isTrue());
        assertThat(dashboard.path("decisions")).isEmpty();
        assertThat(dashboard.path("priorities").isNull()).isTrue();
        assertThat(dashboard.path("cooperationPlan").isNull()).isTrue();
    }

    @Test
    void malformed_records_go_to_the_coordination_dead_letter_topics_and_later_records_still_apply() {
        kafka.send(ContractTraffic.withoutCloudEventHeaders(Topics.MUNICIPALITY_CONCERNS, "k-broken"));
        kafka.publish(concernRaised("k-unknown", "0999", "Ukendt kommune", List.of(Theme.VANDALISM),
                ConcernSeverity.INFO, List.of("0999"), List.of()));
        kafka.publish(localReport("LR-9999", 1, "1467", "k-unknown-report", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), List.of(new ThemeTrend(Theme.VANDALISM, Trend.FLAT, null)), List.of()));
        kafka.publish(pilotInvited("k-misplaced", 1, "Nattevandring", "0336", "1470", PILOT));
        // Same key as the broken record, so it queues behind it on the same partition.
        kafka.publish(concernRaised("k-broken", "0265", "Hærværk på stationen", List.of(Theme.VANDALISM),
                ConcernSeverity.INFO, List.of("0265"), List.of()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(Topics.deadLetterTopic(Topics.MUNICIPALITY_CONCERNS, GROUP)))
                        .extracting(ConsumerRecord::key).contains("k-broken", "k-unknown"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(Topics.deadLetterTopic(Topics.LOCAL_COUNCILS, GROUP)))
                        .extracting(ConsumerRecord::key).contains("LR-9999"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(Topics.deadLetterTopic(Topics.NATIONAL_ASSOCIATION_PROJECTS, GROUP)))
                        .extracting(ConsumerRecord::key).contains("k-misplaced"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(dashboard("1467").path("concerns").path("raisedInDistrict"))).contains("k-broken"));
    }

    private JsonNode dashboard(String district) {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/districts/{code}/dashboard", JsonNode.class, district);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> ids(JsonNode concerns) {
        return StreamSupport.stream(concerns.spliterator(), false).map(concern -> concern.path("concernId").asString())
                .toList();
    }

    private static JsonNode item(JsonNode items, String field, String value) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path(field).asString().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("No " + field + " " + value + " in " + items));
    }
}
