package dk.samspil.nationalassociation.gathering.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.national.GatheringCancelled;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringParticipants;
import dk.samspil.contracts.national.GatheringPlanned;
import dk.samspil.nationalassociation.gathering.command.GatheringCancelledEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringHeldEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringPlannedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** Turns the gatherings' internal events into the published contract, from the event store (the outbox). */
@Component
@ProcessingGroup("kafka-publisher")
class GatheringEventPublisher {

    private final DomainEventPublication publication;

    GatheringEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(GatheringPlannedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.GATHERING_PLANNED, Sources.nationalAssociation(), message,
                new GatheringPlanned(event.gatheringId(), event.kind(), event.districtCode(), event.subject(),
                        event.date(), event.organiser()));
    }

    @EventHandler
    void on(GatheringHeldEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.GATHERING_HELD, Sources.nationalAssociation(), message,
                new GatheringHeld(event.gatheringId(), event.kind(), event.districtCode(), event.subject(),
                        event.heldOn(), participants(event), event.totalParticipants()));
    }

    @EventHandler
    void on(GatheringCancelledEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.GATHERING_CANCELLED, Sources.nationalAssociation(), message,
                new GatheringCancelled(event.gatheringId(), event.kind(), event.districtCode(), event.reason()));
    }

    private static List<GatheringParticipants> participants(GatheringHeldEvent event) {
        return event.participants().stream()
                .map(entry -> new GatheringParticipants(entry.municipalityCode(), entry.districtCode(),
                        entry.participants()))
                .toList();
    }
}
