package dk.samspil.nationalassociation;

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
import static dk.samspil.platform.testing.ActionPlanEvents.proposed;
import static dk.samspil.platform.testing.FundingPoolEvents.opened;
import static dk.samspil.platform.testing.FundingPoolEvents.reserved;
import static dk.samspil.platform.testing.FundingPoolEvents.settled;
import static dk.samspil.platform.testing.InitiativeEvents.activated;
import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.budgetApproved;
import static dk.samspil.platform.testing.InitiativeEvents.completed;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service against a real Kafka broker and the Mongo-wire server; one context and broker for the class. */
class NationalAssociationIntegrationTest extends ConsumingServiceIntegrationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:01:02Z");
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    @DynamicPropertySource
    static void eventStore(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("national_association"));
    }

    @Test
    void initiatives_published_on_kafka_show_in_their_districts() {
        kafka.publish(
                registered("na-1", "0101", PreventionLevel.PREVENTIVE, MONDAY),
                registered("na-2", "0185", PreventionLevel.BUILDING, MONDAY),
                registered("na-3", "0851", PreventionLevel.CRIME_PREVENTIVE, MONDAY),
                approved("na-1", "0101", 1, MONDAY.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overview = overview();
            JsonNode copenhagen = district(overview, "1470");
            assertThat(copenhagen.path("initiatives").asInt()).isEqualTo(2);
            assertThat(copenhagen.path("byStatus").path("APPROVED").asInt()).isEqualTo(1);
            assertThat(copenhagen.path("byStatus").path("SUBMITTED").asInt()).isEqualTo(1);
            assertThat(copenhagen.path("byPreventionLevel").path("BUILDING").asInt()).isEqualTo(1);
            assertThat(copenhagen.path("lastEventAt").asString()).isEqualTo("2026-11-23T10:02:02Z");
            assertThat(district(overview, "1460").path("byPreventionLevel").path("CRIME_PREVENTIVE").asInt()).isEqualTo(1);
        });
        JsonNode overview = overview();
        assertThat(StreamSupport.stream(overview.path("districts").spliterator(), false)
                .map(district -> district.path("code").asString()))
                .containsExactly("1460", "1461", "1462", "1463", "1464", "1465", "1466", "1467", "1468", "1469", "1470", "1471");
        int sum = StreamSupport.stream(overview.path("districts").spliterator(), false)
                .mapToInt(district -> district.path("initiatives").asInt()).sum();
        assertThat(overview.path("totals").path("initiatives").asInt()).isEqualTo(sum).isGreaterThanOrEqualTo(3);
        assertThat(overview.path("lastEventAt").asString()).isNotEmpty();
    }

    @Test
    void budgets_pools_and_action_plans_published_on_kafka_show_per_district_municipality_and_country() {
        int year = LocalDate.now(DENMARK).getYear();
        kafka.publish(
                registered("na-8", "0563", PreventionLevel.PREVENTIVE, InitiativeScope.CROSS_MUNICIPAL,
                        List.of("online-had"), 25_000, MONDAY),
                approved("na-8", "0563", 1, MONDAY),
                budgetApproved("na-8", "0563", 2, year, 25_000, MONDAY),
                activated("na-8", "0563", 3, LocalDate.of(2020, 1, 6), MONDAY),
                completed("na-8", "0563", 4, 25_000, 22_500, MONDAY),
                opened("0563", year, 100_000, MONDAY),
                reserved("0563", year, 1, "na-8", 25_000, 100_000, 25_000, 0, MONDAY),
                settled("0563", year, 2, "na-8", 25_000, 22_500, 100_000, 0, 22_500, MONDAY),
                proposed("na-plan", "0563", year - 1, MONDAY),
                adopted("na-plan", "0563", 1, LocalDate.now(DENMARK).minusYears(1).minusDays(1), MONDAY));

        // Three aggregates on three topics arrive in any order: wait for all of it at once.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overview = overview();
            JsonNode southJutland = district(overview, "1464");
            assertThat(southJutland.path("byStatus").path("COMPLETED").asInt()).isEqualTo(1);
            assertThat(southJutland.path("byScope").path("CROSS_MUNICIPAL").asInt()).isEqualTo(1);
            assertThat(southJutland.path("byTheme").path("online-had").asInt()).isEqualTo(1);
            assertThat(southJutland.path("budget").path("planned").asLong()).isEqualTo(25_000);
            assertThat(southJutland.path("budget").path("actual").asLong()).isEqualTo(22_500);
            assertThat(southJutland.path("pool").path("spent").asLong()).isEqualTo(22_500);
            assertThat(southJutland.path("pool").path("remaining").asLong()).isEqualTo(77_500);
            assertThat(southJutland.path("overdueStatusReports").asInt()).isZero();
            assertThat(southJutland.path("actionPlans").path("withCurrentAdoptedPlan").asInt()).isEqualTo(1);
            assertThat(southJutland.path("actionPlans").path("followUpsOverdue").asInt()).isEqualTo(1);
            JsonNode fanoe = municipality(southJutland, "0563");
            assertThat(fanoe.path("name").asString()).isEqualTo("Fanø");
            assertThat(fanoe.path("pool").path("usedPercent").asInt()).isEqualTo(23);
            assertThat(fanoe.path("actionPlan").path("followUpOverdue").asBoolean()).isTrue();
            assertThat(fanoe.path("actionPlan").path("presentedAtDistrictCouncil").asBoolean()).isFalse();
            assertThat(overview.path("totals").path("budget").path("actual").asLong()).isGreaterThanOrEqualTo(22_500);
            assertThat(overview.path("totals").path("actionPlans").path("municipalities").asInt()).isEqualTo(98);
        });
        assertThat(overview().path("statusLabels").path("COMPLETED").asString()).isEqualTo("afsluttet");
    }

    @Test
    void the_same_record_sent_twice_counts_once() {
        var registration = kafka.record(registered("na-4", "0461", PreventionLevel.CRIME_PREVENTIVE, MONDAY));
        kafka.send(registration);
        kafka.send(registration);
        // Same key, so same partition: once the approval shows, the duplicate before it has been consumed.
        kafka.publish(approved("na-4", "0461", 1, MONDAY.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(district(overview(), "1465").path("byStatus").path("APPROVED").asInt()).isEqualTo(1));
        JsonNode funen = district(overview(), "1465");
        assertThat(funen.path("initiatives").asInt()).isEqualTo(1);
        assertThat(funen.path("byStatus").path("SUBMITTED").asInt()).isZero();
    }

    @Test
    void malformed_records_go_to_the_dead_letter_topic_and_later_records_still_apply() {
        kafka.send(ContractTraffic.withoutCloudEventHeaders(Topics.MUNICIPALITY_INITIATIVES, "na-5"));
        kafka.send(kafka.withUnreadablePayload(registered("na-6", "0400", PreventionLevel.BUILDING, MONDAY)));
        kafka.publish(registered("na-7", "0999", PreventionLevel.BUILDING, MONDAY));
        kafka.publish(proposed("na-plan-0411", "0411", 2026, MONDAY));
        // Same keys as the broken records, so they queue behind them on the same partitions.
        kafka.publish(
                registered("na-5", "0400", PreventionLevel.PREVENTIVE, MONDAY),
                registered("na-6", "0400", PreventionLevel.BUILDING, MONDAY));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(timelineDeadLetters(Topics.MUNICIPALITY_INITIATIVES))).extracting(ConsumerRecord::key)
                        .contains("na-5", "na-6", "na-7"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(timelineDeadLetters(Topics.MUNICIPALITY_ACTION_PLANS))).extracting(ConsumerRecord::key)
                        .containsExactly("na-plan-0411"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(district(overview(), "1471").path("initiatives").asInt()).isEqualTo(2));
        assertThat(kafka.readAll(timelineDeadLetters(Topics.MUNICIPALITY_INITIATIVES))).filteredOn(record -> record.key().startsWith("na-")).hasSize(3);
    }

    @Test
    void a_district_without_events_shows_zeros() {
        JsonNode midWestJutland = district(overview(), "1462");

        assertThat(midWestJutland.path("name").asString()).isEqualTo("Midt- og Vestjyllands Politi");
        assertThat(midWestJutland.path("initiatives").asInt()).isZero();
        assertThat(midWestJutland.path("byStatus").size()).isEqualTo(InitiativeStatus.values().length);
        assertThat(midWestJutland.path("byPreventionLevel").size()).isEqualTo(3);
        assertThat(midWestJutland.path("byScope").size()).isEqualTo(InitiativeScope.values().length);
        assertThat(midWestJutland.path("budget").path("planned").asLong()).isZero();
        assertThat(midWestJutland.has("pool")).isFalse();
        assertThat(midWestJutland.path("municipalities")).hasSize(11);
        assertThat(midWestJutland.has("lastEventAt")).isFalse();
    }

    /** The overview is read from the platform's timeline, fed in its own consumer group. */
    private static String timelineDeadLetters(String sourceTopic) {
        return Topics.deadLetterTopic(sourceTopic, "national-association-timeline");
    }

    private JsonNode overview() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/national/overview", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode municipality(JsonNode district, String code) {
        return StreamSupport.stream(district.path("municipalities").spliterator(), false)
                .filter(municipality -> municipality.path("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static JsonNode district(JsonNode overview, String code) {
        return StreamSupport.stream(overview.path("districts").spliterator(), false)
                .filter(district -> district.path("code").asString().equals(code))
                .findFirst().orElseThrow();
    }
}
