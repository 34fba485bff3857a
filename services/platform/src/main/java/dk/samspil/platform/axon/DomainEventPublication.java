package dk.samspil.platform.axon;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.Provenance;
import dk.samspil.platform.provenance.ProvenanceMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.net.URI;
import java.time.ZoneOffset;

/**
 * Publishes the contract payload of one stored domain event: the Axon event id is the CloudEvent id, the aggregate
 * id the subject and Kafka key, the aggregate sequence goes along for idempotent consumers. Call it from an event
 * handler of the service's {@code kafka-publisher} processor, which reads the event store (the outbox).
 */
public class DomainEventPublication {

    private final AcknowledgedKafkaPublisher publisher;

    public DomainEventPublication(AcknowledgedKafkaPublisher publisher) {
        this.publisher = publisher;
    }

    /** {@code source} is the organisation that made the change, see {@code Sources}. */
    public <T> void publish(EventType<T> type, URI source, DomainEventMessage<?> message, T payload) {
        publisher.publish(new EventEnvelope<>(message.getIdentifier(), type, source,
                message.getAggregateIdentifier(), message.getTimestamp().atOffset(ZoneOffset.UTC),
                message.getSequenceNumber(), payload, provenanceOf(message)));
    }

    /** Who made the change and the request it belongs to, from the metadata the command gave the event. */
    private static Provenance provenanceOf(DomainEventMessage<?> message) {
        MetaData metadata = message.getMetaData();
        return new Provenance(text(metadata, ProvenanceMetadata.ACTOR_ID),
                text(metadata, ProvenanceMetadata.ACTOR_ORGANISATION), text(metadata, ProvenanceMetadata.CORRELATION_ID));
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
