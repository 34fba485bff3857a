package dk.samspil.platform.axon;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import org.axonframework.eventhandling.DomainEventMessage;

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
                message.getSequenceNumber(), payload));
    }
}
