package dk.samspil.districtcouncil;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.testing.ConsumingServiceIntegrationTest;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;

import static dk.samspil.platform.testing.ActionPlanEvents.adopted;
import static dk.samspil.platform.testing.ActionPlanEvents.presented;
import static dk.samspil.platform.testing.ActionPlanEvents.proposed;
import static dk.samspil.platform.testing.FundingPoolEvents.opened;
import static dk.samspil.platform.testing.FundingPoolEvents.reserved;
import static dk.samspil.platform.testing.InitiativeEvents.activated;
import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.budgetApproved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service against a real Kafka broker and the Mongo-wire server; one context and broker for the class. */
class DistrictCouncilIntegrationTest extends ConsumingServiceIntegrationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:01:02Z");
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    @DynamicPropertySource
    static void eventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("district_council"));
    }

    @Test
    void initiatives_published_on_kafka_show_on_the_dashboard() {
        kafka.publish(
                registered("dc-1", "0101", PreventionLevel.PREVENTIVE, MONDAY),
                registered("dc-2", "0147", PreventionLevel.BUILDING, MONDAY),
                approved("dc-1", "0101", 1, MONDAY.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode copenhagen = municipality(dashboard("1470"), "0101");
            assertThat(copenhagen.path("initiatives").asInt()).isEqualTo(1);
            assertThat(copenhagen.path("byStatus").path("APPROVED").asInt()).isEqualTo(1);
            assertThat(copenhagen.path("byStatus").path("SUBMITTED").asInt()).isZero();
            assertThat(copenhagen.path("byPreventionLevel").path("PREVENTIVE").asInt()).isEqualTo(1);
            assertThat(municipality(dashboard("1470"), "0147").path("byPreventionLevel").path("BUILDING").asInt()).isEqualTo(1);
        });
        JsonNode dashboard = dashboard("1470");
        assertThat(dashboard.path("districtName").asString()).isEqualTo("Københavns Politi");
        assertThat(dashboard.path("lastEventAt").asString()).isNotEmpty();
        assertThat(StreamSupport.stream(dashboard.path("municipalities").spliterator(), false)
                .map(municipality -> municipality.path("code").asString()))
                .containsExactly("0101", "0147", "0185", "0155");
        int sum = StreamSupport.stream(dashboard.path("municipalities").spliterator(), false)
                .mapToInt(municipality -> municipality.path("initiatives").asInt()).sum();
        assertThat(dashboard.path("totals").path("initiatives").asInt()).isEqualTo(sum).isGreaterThanOrEqualTo(2);
    }

    @Test
    void budgets_pools_and_action_plans_published_on_kafka_show_on_the_dashboard() {
        int year = LocalDate.now(DENMARK).getYear();
        kafka.publish(
                registered("dc-7", "0155", PreventionLevel.BUILDING, InitiativeScope.LOCAL, List.of("Natteliv", "rusmidler"),
                        40_000, MONDAY),
                approved("dc-7", "0155", 1, MONDAY),
                budgetApproved("dc-7", "0155", 2, year, 40_000, MONDAY),
                activated("dc-7", "0155", 3, LocalDate.of(2020, 1, 6), MONDAY),
                opened("0155", year, 200_000, MONDAY),
                reserved("0155", year, 1, "dc-7", 40_000, 200_000, 40_000, 0, MONDAY),
                proposed("dc-plan", "0155", year, MONDAY),
                adopted("dc-plan", "0155", 1, LocalDate.now(DENMARK), MONDAY),
                presented("dc-plan", "0155", 2, LocalDate.now(DENMARK), MONDAY.plusSeconds(1)));

        // Three aggregates on three topics arrive in any order: wait for all of it at once.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertDragoerShowsEverything(dashboard("1470"), year));
    }

    private static void assertDragoerShowsEverything(JsonNode dashboard, int year) {
        JsonNode dragoer = municipality(dashboard, "0155");
        assertThat(dragoer.path("byStatus").path("ACTIVE").asInt()).isEqualTo(1);
        assertThat(dragoer.path("byScope").path("LOCAL").asInt()).isEqualTo(1);
        assertThat(dragoer.path("byTheme").path("natteliv").asInt()).isEqualTo(1);
        assertThat(dragoer.path("budget").path("planned").asLong()).isEqualTo(40_000);
        assertThat(dragoer.path("budget").path("actual").asLong()).isZero();
        assertThat(dragoer.path("pool").path("year").asInt()).isEqualTo(year);
        assertThat(dragoer.path("pool").path("remaining").asLong()).isEqualTo(160_000);
        assertThat(dragoer.path("pool").path("usedPercent").asInt()).isEqualTo(20);
        JsonNode actionPlan = dragoer.path("actionPlan");
        assertThat(actionPlan.path("currentAdopted").asBoolean()).isTrue();
        assertThat(actionPlan.path("actionPlanId").asString()).isEqualTo("dc-plan");
        assertThat(actionPlan.path("period").path("firstYear").asInt()).isEqualTo(year);
        assertThat(actionPlan.path("period").path("lastYear").asInt()).isEqualTo(year + 1);
        assertThat(actionPlan.path("followUpDue").asString()).isEqualTo(LocalDate.now(DENMARK).plusYears(1).toString());
        assertThat(actionPlan.path("followUpOverdue").asBoolean()).isFalse();
        assertThat(dashboard.path("totals").path("overdueStatusReports").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.path("totals").path("actionPlans").path("withCurrentAdoptedPlan").asInt()).isEqualTo(1);
        assertThat(dashboard.path("totals").path("pool").path("amount").asLong()).isEqualTo(200_000);
        assertThat(dashboard.path("statusLabels").path("ACTIVE").asString()).isEqualTo("i gang");
        assertThat(dashboard.path("scopeLabels").path("CITY_WIDE").asString()).isEqualTo("bydækkende");
    }

    @Test
    void the_same_record_sent_twice_counts_once() {
        var registration = kafka.record(registered("dc-3", "0185", PreventionLevel.CRIME_PREVENTIVE, MONDAY));
        kafka.send(registration);
        kafka.send(registration);
        // Same key, so same partition: once the approval shows, the duplicate before it has been consumed.
        kafka.publish(approved("dc-3", "0185", 1, MONDAY.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(municipality(dashboard("1470"), "0185").path("byStatus").path("APPROVED").asInt()).isEqualTo(1));
        JsonNode taarnby = municipality(dashboard("1470"), "0185");
        assertThat(taarnby.path("initiatives").asInt()).isEqualTo(1);
        assertThat(taarnby.path("byStatus").path("SUBMITTED").asInt()).isZero();
        assertThat(taarnby.path("byPreventionLevel").path("CRIME_PREVENTIVE").asInt()).isEqualTo(1);
    }

    @Test
    void a_rebuilt_dashboard_shows_what_it_showed_before() {
        kafka.publish(
                registered("dc-r1", "0101", PreventionLevel.PREVENTIVE, MONDAY),
                approved("dc-r1", "0101", 1, MONDAY.plusSeconds(60)),
                registered("dc-r2", "0147", PreventionLevel.BUILDING, MONDAY));
        await().atMost(Duration.ofSeconds(30)).until(() -> municipality(dashboard("1470"), "0101")
                .path("byStatus").path("APPROVED").asInt() >= 1);
        JsonNode before = dashboard("1470").path("municipalities");

        ResponseEntity<JsonNode> started = http.postForEntity("/actuator/readmodels/district-council", null, JsonNode.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody().path("rebuilding").asBoolean()).isTrue();
        assertThat(started.getBody().path("source").asString()).isEqualTo("kafka");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(readModel("district-council").path("rebuilding").asBoolean()).isFalse());
        assertThat(dashboard("1470").path("municipalities")).isEqualTo(before);
    }

    @Test
    void every_read_model_of_the_service_is_listed_and_an_unknown_one_is_404() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readModels())
                .contains("district-council", "district-council-timeline", "district-council-coordination",
                        "district-councils"));
        assertThat(readModels()).doesNotContain("kafka-publisher");

        assertThat(http.postForEntity("/actuator/readmodels/nope", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void malformed_records_go_to_the_dead_letter_topic_and_later_records_still_apply() {
        kafka.send(ContractTraffic.withoutCloudEventHeaders(Topics.MUNICIPALITY_INITIATIVES, "dc-4"));
        kafka.send(kafka.withUnreadablePayload(registered("dc-5", "0400", PreventionLevel.BUILDING, MONDAY)));
        kafka.publish(registered("dc-6", "0411", PreventionLevel.BUILDING, MONDAY));
        kafka.publish(opened("0999", 2026, 100_000, MONDAY));
        // Same keys as the broken records, so they queue behind them on the same partitions.
        kafka.publish(
                registered("dc-4", "0400", PreventionLevel.PREVENTIVE, MONDAY),
                registered("dc-5", "0400", PreventionLevel.BUILDING, MONDAY));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(deadLetters(Topics.MUNICIPALITY_INITIATIVES))).extracting(ConsumerRecord::key)
                        .contains("dc-4", "dc-5", "dc-6"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(deadLetters(Topics.MUNICIPALITY_FUNDING_POOLS))).extracting(ConsumerRecord::key)
                        .containsExactly("0999-2026"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(dashboard("1471").path("totals").path("initiatives").asInt()).isEqualTo(2));
        List<ConsumerRecord<String, byte[]>> deadLetters = kafka.readAll(deadLetters(Topics.MUNICIPALITY_INITIATIVES));
        assertThat(deadLetters).filteredOn(record -> record.key().startsWith("dc-")).hasSize(3);
    }

    @Test
    void an_unknown_district_is_a_404_problem_naming_the_field() {
        for (String code : List.of("1459", "abc", "147")) {
            ResponseEntity<JsonNode> response = http.getForEntity("/api/districts/{code}/dashboard", JsonNode.class, code);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().path("field").asString()).isEqualTo("politikredskode");
        }
    }

    @Test
    void a_district_without_events_shows_every_municipality_with_zeros() {
        JsonNode dashboard = dashboard("1462");

        assertThat(dashboard.has("lastEventAt")).isFalse();
        assertThat(dashboard.path("totals").path("initiatives").asInt()).isZero();
        assertThat(dashboard.path("totals").path("byStatus").size()).isEqualTo(InitiativeStatus.values().length);
        assertThat(dashboard.path("totals").has("pool")).isFalse();
        assertThat(dashboard.path("municipalities")).hasSize(11).allSatisfy(municipality -> {
            assertThat(municipality.path("initiatives").asInt()).isZero();
            assertThat(municipality.path("byPreventionLevel").path("CRIME_PREVENTIVE").isInt()).isTrue();
            assertThat(municipality.path("byScope").size()).isEqualTo(InitiativeScope.values().length);
            assertThat(municipality.path("budget").path("planned").asLong()).isZero();
            assertThat(municipality.path("overdueStatusReports").asInt()).isZero();
            assertThat(municipality.path("actionPlan").path("currentAdopted").asBoolean()).isFalse();
        });
    }

    private List<String> readModels() {
        return StreamSupport.stream(http.getForObject("/actuator/readmodels", JsonNode.class).spliterator(), false)
                .map(readModel -> readModel.path("name").asString()).toList();
    }

    private JsonNode readModel(String name) {
        return StreamSupport.stream(http.getForObject("/actuator/readmodels", JsonNode.class).spliterator(), false)
                .filter(readModel -> readModel.path("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private JsonNode dashboard(String district) {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/districts/{code}/dashboard", JsonNode.class, district);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode municipality(JsonNode dashboard, String code) {
        return StreamSupport.stream(dashboard.path("municipalities").spliterator(), false)
                .filter(municipality -> municipality.path("code").asString().equals(code))
                .findFirst().orElseThrow();
    }
}
