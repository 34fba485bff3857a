package dk.samspil.municipality.initiative.messaging;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.municipality.initiative.command.InitiativeApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.platform.axon.AcknowledgedKafkaPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * Turns the initiative's internal events into the published contract. Runs in the tracking processor
 * {@value #PROCESSING_GROUP} over this service's own event store, which is the outbox.
 */
@Component
@ProcessingGroup(InitiativeEventPublisher.PROCESSING_GROUP)
class InitiativeEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";

    private final AcknowledgedKafkaPublisher publisher;

    InitiativeEventPublisher(AcknowledgedKafkaPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(InitiativeRegisteredEvent event, DomainEventMessage<?> message) {
        publish(EventTypes.INITIATIVE_REGISTERED, event.municipalityCode(), message,
                new InitiativeRegistered(event.initiativeId(), event.municipalityCode(), event.name(),
                        event.preventionLevel(), event.scope(), event.startDate(), event.endDate(), event.themes(),
                        null, null, null, null, null, null, null, null, null, null, null, null));
    }

    @EventHandler
    void on(InitiativeApprovedEvent event, DomainEventMessage<?> message) {
        publish(EventTypes.INITIATIVE_APPROVED, event.municipalityCode(), message,
                new InitiativeApproved(event.initiativeId(), event.municipalityCode(), null));
    }

    private <T> void publish(EventType<T> type, String municipalityCode, DomainEventMessage<?> message, T payload) {
        publisher.publish(new EventEnvelope<>(message.getIdentifier(), type, Sources.municipality(municipalityCode),
                message.getAggregateIdentifier(), message.getTimestamp().atOffset(ZoneOffset.UTC),
                message.getSequenceNumber(), payload));
    }
}
