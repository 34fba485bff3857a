package dk.samspil.nationalassociation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.testing.ConsumingServiceIntegrationTest;
import dk.samspil.platform.testing.ContractTraffic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;

import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole service against a real Kafka broker and the Mongo-wire server; one context and broker for the class. */
class NationalAssociationIntegrationTest extends ConsumingServiceIntegrationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:01:02Z");

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
            assertThat(copenhagen.path("lastEventAt").asText()).isEqualTo("2026-11-23T10:02:02Z");
            assertThat(district(overview, "1460").path("byPreventionLevel").path("CRIME_PREVENTIVE").asInt()).isEqualTo(1);
        });
        JsonNode overview = overview();
        assertThat(StreamSupport.stream(overview.path("districts").spliterator(), false)
                .map(district -> district.path("code").asText()))
                .containsExactly("1460", "1461", "1462", "1463", "1464", "1465", "1466", "1467", "1468", "1469", "1470", "1471");
        int sum = StreamSupport.stream(overview.path("districts").spliterator(), false)
                .mapToInt(district -> district.path("initiatives").asInt()).sum();
        assertThat(overview.path("totals").path("initiatives").asInt()).isEqualTo(sum).isGreaterThanOrEqualTo(3);
        assertThat(overview.path("lastEventAt").asText()).isNotEmpty();
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
        // Same keys as the broken records, so they queue behind them on the same partitions.
        kafka.publish(
                registered("na-5", "0400", PreventionLevel.PREVENTIVE, MONDAY),
                registered("na-6", "0400", PreventionLevel.BUILDING, MONDAY));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(kafka.readAll(deadLetters())).extracting(ConsumerRecord::key).contains("na-5", "na-6", "na-7"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(district(overview(), "1471").path("initiatives").asInt()).isEqualTo(2));
        assertThat(kafka.readAll(deadLetters())).filteredOn(record -> record.key().startsWith("na-")).hasSize(3);
    }

    @Test
    void a_district_without_events_shows_zeros() {
        JsonNode southJutland = district(overview(), "1464");

        assertThat(southJutland.path("name").asText()).isEqualTo("Syd- og Sønderjyllands Politi");
        assertThat(southJutland.path("initiatives").asInt()).isZero();
        assertThat(southJutland.path("byStatus").size()).isEqualTo(2);
        assertThat(southJutland.path("byPreventionLevel").size()).isEqualTo(3);
        assertThat(southJutland.has("lastEventAt")).isFalse();
    }

    private JsonNode overview() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/national/overview", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode district(JsonNode overview, String code) {
        return StreamSupport.stream(overview.path("districts").spliterator(), false)
                .filter(district -> district.path("code").asText().equals(code))
                .findFirst().orElseThrow();
    }
}
