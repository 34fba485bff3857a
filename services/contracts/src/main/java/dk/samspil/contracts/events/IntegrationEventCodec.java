package dk.samspil.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The Kafka binding of the contract: CloudEvents in binary mode (attributes in {@code ce_*} headers, the payload as
 * JSON in the value), key = aggregate id. Readers tolerate unknown payload fields.
 * <p>
 * Payloads are mapped with Jackson 3. The structured JSON format (event streams, webhooks) is CloudEvents'
 * {@link JsonFormat}, which is built on Jackson 2: the one place the contract still needs it.
 */
public final class IntegrationEventCodec {

    public static final String AGGREGATE_SEQUENCE = "aggregatesequence";
    public static final String ACTOR_ID = "actorid";
    public static final String ACTOR_ORGANISATION = "actororganisation";
    public static final String CORRELATION_ID = "correlationid";
    private static final String JSON = "application/json";

    private final JsonMapper objectMapper;
    private final EventFormat structuredFormat = new JsonFormat();

    public IntegrationEventCodec() {
        this.objectMapper = objectMapper();
    }

    /**
     * The JSON mapping every producer and consumer of the contract uses: Jackson 2's defaults, as the contract was
     * written with them (fields in the order of the record's components, a null for a number read as 0), dates as ISO
     * text. Absent fields are left out rather than written as null, so a payload written before a field was added
     * reads and writes back unchanged; unknown fields are ignored.
     */
    public static JsonMapper objectMapper() {
        return JsonMapper.builder()
                .configureForJackson2()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    public ProducerRecord<String, byte[]> toRecord(EventEnvelope<?> envelope) {
        return KafkaMessageFactory.createWriter(envelope.eventType().topic(), envelope.subject())
                .writeBinary(toCloudEvent(envelope));
    }

    /**
     * Reads a record of a contract topic. Empty for an event type this version of the contract does not know,
     * so that consumers can skip newer types; {@link MalformedEventException} for anything unreadable.
     */
    public Optional<EventEnvelope<?>> fromRecord(ConsumerRecord<?, byte[]> record) {
        CloudEvent event;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            event = reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new MalformedEventException("Not a CloudEvent in binary mode at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ": " + e.getMessage(), e);
        }
        return fromCloudEvent(event);
    }

    public byte[] toStructuredJson(EventEnvelope<?> envelope) {
        return structuredFormat.serialize(toCloudEvent(envelope));
    }

    public Optional<EventEnvelope<?>> fromStructuredJson(byte[] json) {
        CloudEvent event;
        try {
            event = structuredFormat.deserialize(json);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Not a structured JSON CloudEvent: " + e.getMessage(), e);
        }
        return fromCloudEvent(event);
    }

    private CloudEvent toCloudEvent(EventEnvelope<?> envelope) {
        try {
            CloudEventBuilder builder = CloudEventBuilder.v1()
                    .withId(envelope.id())
                    .withType(envelope.type())
                    .withSource(envelope.source())
                    .withSubject(envelope.subject())
                    .withTime(envelope.time())
                    // CloudEvents' Integer is 32-bit; no aggregate comes near 2^31 events, and toIntExact would say so.
                    .withExtension(AGGREGATE_SEQUENCE, Math.toIntExact(envelope.aggregateSequence()))
                    .withDataContentType(JSON)
                    .withData(objectMapper.writeValueAsBytes(envelope.payload()));
            Provenance provenance = envelope.provenance();
            extensionIfPresent(builder, ACTOR_ID, provenance.actorId());
            extensionIfPresent(builder, ACTOR_ORGANISATION, provenance.actorOrganisation());
            extensionIfPresent(builder, CORRELATION_ID, provenance.correlationId());
            return builder.build();
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Cannot write payload of " + envelope.type(), e);
        }
    }

    private Optional<EventEnvelope<?>> fromCloudEvent(CloudEvent event) {
        return EventTypes.byType(event.getType()).map(type -> envelope(type, event));
    }

    private <T> EventEnvelope<T> envelope(EventType<T> type, CloudEvent event) {
        if (event.getSubject() == null || event.getTime() == null || event.getData() == null) {
            throw new MalformedEventException("Event " + event.getId() + " of type " + event.getType()
                    + " lacks subject, time or data");
        }
        T payload;
        try {
            payload = objectMapper.readValue(event.getData().toBytes(), type.payloadType());
        } catch (JacksonException e) {
            throw new MalformedEventException("Unreadable payload of event " + event.getId() + ": " + e.getMessage(), e);
        }
        return new EventEnvelope<>(event.getId(), type, event.getSource(), event.getSubject(), event.getTime(),
                aggregateSequence(event), payload, new Provenance(text(event, ACTOR_ID), text(event, ACTOR_ORGANISATION),
                text(event, CORRELATION_ID)));
    }

    private static void extensionIfPresent(CloudEventBuilder builder, String name, String value) {
        if (value != null) {
            builder.withExtension(name, value);
        }
    }

    private static String text(CloudEvent event, String extension) {
        Object value = event.getExtension(extension);
        return value == null ? null : value.toString();
    }

    private static long aggregateSequence(CloudEvent event) {
        Object value = event.getExtension(AGGREGATE_SEQUENCE);
        try {
            if (value instanceof Number number) {
                return number.longValue();
            }
            if (value != null) {
                return Long.parseLong(value.toString());
            }
        } catch (NumberFormatException e) {
            throw new MalformedEventException("Event " + event.getId() + " has a non-numeric " + AGGREGATE_SEQUENCE, e);
        }
        throw new MalformedEventException("Event " + event.getId() + " lacks the " + AGGREGATE_SEQUENCE + " extension");
    }
}
