package dk.samspil.municipality.messaging;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.Sources;
import dk.samspil.platform.axon.AcknowledgedKafkaPublisher;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * Publishes the contract payload of one stored domain event: the Axon event id is the CloudEvent id, the aggregate
 * id the subject and Kafka key, the aggregate sequence goes along for idempotent consumers. Call it from an event
 * handler of the {@code kafka-publisher} processor.
 */
@Component
public class DomainEventPublication {

    private final AcknowledgedKafkaPublisher publisher;

    DomainEventPublication(AcknowledgedKafkaPublisher publisher) {
        this.publisher = publisher;
    }

    public <T> void publish(EventType<T> type, String municipalityCode, DomainEventMessage<?> message, T payload) {
        publisher.publish(new EventEnvelope<>(message.getIdentifier(), type, Sources.municipality(municipalityCode),
                message.getAggregateIdentifier(), message.getTimestamp().atOffset(ZoneOffset.UTC),
                message.getSequenceNumber(), payload));
    }
}
