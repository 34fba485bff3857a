package dk.samspil.contracts.events;

import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every published event type and version keeps a saved sample that must still read and write unchanged. */
class IntegrationEventContractTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final ObjectMapper json = IntegrationEventCodec.objectMapper();

    static List<EventType<?>> eventTypes() {
        return EventTypes.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void saved_sample_still_deserialises_and_reserialises_unchanged(EventType<?> eventType) throws IOException {
        byte[] sample = sample(eventType);

        EventEnvelope<?> envelope = codec.fromStructuredJson(sample).orElseThrow();

        assertThat(envelope.eventType()).isEqualTo(eventType);
        assertThat(envelope.payload()).isInstanceOf(eventType.payloadType());
        assertThat(json.readTree(codec.toStructuredJson(envelope))).isEqualTo(json.readTree(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void sample_survives_the_kafka_binary_binding(EventType<?> eventType) throws IOException {
        EventEnvelope<?> envelope = codec.fromStructuredJson(sample(eventType)).orElseThrow();

        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);
        EventEnvelope<?> received = codec.fromRecord(consumed(record)).orElseThrow();

        assertThat(record.key()).isEqualTo(envelope.subject());
        assertThat(record.topic()).isEqualTo(eventType.topic());
        assertThat(header(record, "ce_type")).isEqualTo(eventType.type());
        assertThat(header(record, "ce_aggregatesequence")).isEqualTo(Long.toString(envelope.aggregateSequence()));
        assertThat(received).isEqualTo(envelope);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dk.samspil.municipality.initiative-registered.v1.skeleton",
            "dk.samspil.municipality.initiative-approved.v1.skeleton"})
    void events_published_by_the_walking_skeleton_still_read_and_write_back_unchanged(String sampleName) throws IOException {
        byte[] sample = sample(sampleName);

        EventEnvelope<?> envelope = codec.fromStructuredJson(sample).orElseThrow();

        assertThat(json.readTree(codec.toStructuredJson(envelope))).isEqualTo(json.readTree(sample));
    }

    @Test
    void a_skeleton_registration_went_straight_to_the_leader_group() {
        EventEnvelope<?> envelope = codec.fromStructuredJson(sample("dk.samspil.municipality.initiative-registered.v1.skeleton"))
                .orElseThrow();

        InitiativeRegistered registered = (InitiativeRegistered) envelope.payload();
        assertThat(registered.resultingStatus()).isEqualTo(InitiativeStatus.SUBMITTED);
        assertThat(registered.goals()).isNull();
    }

    @Test
    void a_registration_now_starts_as_a_draft() {
        EventEnvelope<?> envelope = codec.fromStructuredJson(sample(EventTypes.INITIATIVE_REGISTERED)).orElseThrow();

        assertThat(((InitiativeEvent) envelope.payload()).resultingStatus()).isEqualTo(InitiativeStatus.DRAFT);
    }

    @Test
    void readers_tolerate_unknown_payload_fields() {
        String withExtraField = new String(sample(EventTypes.INITIATIVE_APPROVED), StandardCharsets.UTF_8)
                .replace("\"municipalityCode\"", "\"approvedBy\": \"ledergruppen\", \"municipalityCode\"");

        EventEnvelope<?> envelope = codec.fromStructuredJson(withExtraField.getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(envelope.subject()).isEqualTo("0b6f7a52-3c1d-4e8f-a2b4-9c8d7e6f5a40");
    }

    @Test
    void who_made_the_change_and_the_request_it_belongs_to_travel_as_cloudevents_extensions() throws IOException {
        EventEnvelope<?> sample = codec.fromStructuredJson(sample(EventTypes.INITIATIVE_APPROVED)).orElseThrow();
        Provenance provenance = new Provenance("konsulent-stevns", "MUNICIPALITY:0336", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        EventEnvelope<?> envelope = new EventEnvelope<>(sample.id(), EventTypes.INITIATIVE_APPROVED, sample.source(),
                sample.subject(), sample.time(), sample.aggregateSequence(),
                EventTypes.INITIATIVE_APPROVED.payloadType().cast(sample.payload()), provenance);

        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);

        assertThat(new String(record.headers().lastHeader("ce_actororganisation").value())).isEqualTo("MUNICIPALITY:0336");
        assertThat(codec.fromRecord(consumed(record)).orElseThrow().provenance()).isEqualTo(provenance);
        assertThat(codec.fromRecord(consumed(codec.toRecord(sample))).orElseThrow().provenance()).isEqualTo(Provenance.UNKNOWN);
    }

    @Test
    void unknown_event_types_are_skipped_not_failed() {
        String newer = new String(sample(EventTypes.INITIATIVE_APPROVED), StandardCharsets.UTF_8)
                .replace("initiative-approved.v1", "initiative-approved.v2");

        assertThat(codec.fromStructuredJson(newer.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void a_record_without_cloudevents_headers_is_malformed() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>("samspil.municipality.initiatives", 0, 7L,
                "key", "{not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.fromRecord(garbage)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void a_payload_that_does_not_fit_the_type_is_malformed() {
        EventEnvelope<InitiativeRegistered> envelope = new EventEnvelope<>("e-1", EventTypes.INITIATIVE_REGISTERED,
                Sources.municipality("0101"), "i-1", OffsetDateTime.parse("2026-01-05T10:00:00Z"), 0,
                new InitiativeRegistered("i-1", "0101", "Gadeplan", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                        LocalDate.parse("2026-02-01"), LocalDate.parse("2026-12-31"), List.of(), InitiativeStatus.DRAFT,
                        null, null, null, null, null, null, null, null, null, null, null));
        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);
        ProducerRecord<String, byte[]> broken = new ProducerRecord<>(record.topic(), null, record.key(),
                "{\"startDate\": \"not a date\"}".getBytes(StandardCharsets.UTF_8), record.headers());

        assertThatThrownBy(() -> codec.fromRecord(consumed(broken))).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void municipality_source_names_the_four_digit_kommunekode() {
        assertThat(Sources.municipality("0101")).isEqualTo(URI.create("/municipalities/0101"));
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> record) {
        return new ConsumerRecord<>(record.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1,
                record.key(), record.value(), new RecordHeaders(record.headers().toArray()), Optional.empty());
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] sample(EventType<?> eventType) {
        return sample(eventType.type());
    }

    private static byte[] sample(String name) {
        String path = "/samples/" + name + ".json";
        try (InputStream in = IntegrationEventContractTest.class.getResourceAsStream(path)) {
            assertThat(in).as("saved sample %s", path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
