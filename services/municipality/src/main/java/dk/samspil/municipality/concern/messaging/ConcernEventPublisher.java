package dk.samspil.municipality.concern.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.municipality.concern.command.ConcernConfirmedEvent;
import dk.samspil.municipality.concern.command.ConcernEscalatedEvent;
import dk.samspil.municipality.concern.command.ConcernRaisedEvent;
import dk.samspil.municipality.concern.command.ConcernResolvedEvent;
import dk.samspil.municipality.concern.command.ConcernUpdatedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns the concern's internal events into the published contract, from the event store (the outbox). The source is
 * the municipality that took the step: the one that wrote a note or confirmed, otherwise the raising one.
 */
@Component
@ProcessingGroup("kafka-publisher")
class ConcernEventPublisher {

    private final DomainEventPublication publication;

    ConcernEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(ConcernRaisedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.CONCERN_RAISED, Sources.municipality(event.municipalityCode()), message,
                new ConcernRaised(event.concernId(), event.municipalityCode(), event.title(), event.description(),
                        event.themes(), event.severity(), event.municipalityCodes(), event.districtCodes(),
                        event.observedOn(), ConcernStatus.RAISED));
    }

    @EventHandler
    void on(ConcernUpdatedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.CONCERN_UPDATED, Sources.municipality(event.updatedBy()), message,
                new ConcernUpdated(event.concernId(), event.municipalityCode(), event.updatedBy(), event.note(),
                        event.severity(), event.status()));
    }

    @EventHandler
    void on(ConcernConfirmedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.CONCERN_CONFIRMED, Sources.municipality(event.confirmedBy()), message,
                new ConcernConfirmed(event.concernId(), event.municipalityCode(), event.confirmedBy(), event.note(),
                        event.municipalityCodes(), event.districtCodes(), event.status()));
    }

    @EventHandler
    void on(ConcernEscalatedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.CONCERN_ESCALATED, Sources.municipality(event.municipalityCode()), message,
                new ConcernEscalated(event.concernId(), event.municipalityCode(), event.districtCodes(), event.reason(),
                        event.escalatedDistrictCodes(), ConcernStatus.ESCALATED));
    }

    @EventHandler
    void on(ConcernResolvedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.CONCERN_RESOLVED, Sources.municipality(event.municipalityCode()), message,
                new ConcernResolved(event.concernId(), event.municipalityCode(), event.resolution(),
                        ConcernStatus.RESOLVED));
    }
}
