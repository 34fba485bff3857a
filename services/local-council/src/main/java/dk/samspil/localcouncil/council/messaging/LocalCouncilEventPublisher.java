package dk.samspil.localcouncil.council.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.LocalActivityRecorded;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.localcouncil.council.command.DecisionImplementationReportedEvent;
import dk.samspil.localcouncil.council.command.LocalActivityRecordedEvent;
import dk.samspil.localcouncil.council.command.LocalReportSubmittedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns the local council's internal events into the published contract, from the event store (the outbox). A
 * decision's arrival stays internal: the district council made it and published it already.
 */
@Component
@ProcessingGroup("kafka-publisher")
class LocalCouncilEventPublisher {

    private final DomainEventPublication publication;

    LocalCouncilEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(LocalActivityRecordedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.LOCAL_ACTIVITY_RECORDED, Sources.localCouncil(event.localCouncilId()), message,
                new LocalActivityRecorded(event.localCouncilId(), event.districtCode(), event.activityId(),
                        event.kind(), event.title(), event.description(), event.themes(), event.municipalityCodes(),
                        event.heldOn(), event.participants()));
    }

    @EventHandler
    void on(LocalReportSubmittedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.LOCAL_REPORT_SUBMITTED, Sources.localCouncil(event.localCouncilId()), message,
                new LocalReportSubmitted(event.localCouncilId(), event.districtCode(), event.reportId(),
                        event.periodStart(), event.periodEnd(), event.themeTrends(), event.figures(), event.text()));
    }

    @EventHandler
    void on(DecisionImplementationReportedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.DECISION_IMPLEMENTATION_REPORTED, Sources.localCouncil(event.localCouncilId()),
                message, new DecisionImplementationReported(event.localCouncilId(), event.districtCode(),
                        event.decisionId(), event.status(), event.note(), event.reportedOn()));
    }
}
