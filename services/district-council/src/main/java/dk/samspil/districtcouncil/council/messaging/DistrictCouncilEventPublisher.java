package dk.samspil.districtcouncil.council.messaging;

import dk.samspil.contracts.districtcouncil.AgendaItem;
import dk.samspil.contracts.districtcouncil.CooperationPlanDrafted;
import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.districtcouncil.MeetingScheduled;
import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.districtcouncil.council.command.CooperationPlanDraftedEvent;
import dk.samspil.districtcouncil.council.command.CooperationPlanPublishedEvent;
import dk.samspil.districtcouncil.council.command.DecisionAssignedEvent;
import dk.samspil.districtcouncil.council.command.DecisionMadeEvent;
import dk.samspil.districtcouncil.council.command.DistrictPrioritiesSetEvent;
import dk.samspil.districtcouncil.council.command.MeetingScheduledEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Turns the district council's internal events into the published contract, from the event store (the outbox). */
@Component
@ProcessingGroup("kafka-publisher")
class DistrictCouncilEventPublisher {

    private final DomainEventPublication publication;

    DistrictCouncilEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(DistrictPrioritiesSetEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.DISTRICT_PRIORITIES_SET, Sources.districtCouncil(event.districtCode()), message,
                new DistrictPrioritiesSet(event.districtCode(), event.periodStart(), event.periodEnd(),
                        event.priorities().stream().map(priority -> new Priority(priority.theme(), priority.goal()))
                                .toList()));
    }

    @EventHandler
    void on(CooperationPlanDraftedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.COOPERATION_PLAN_DRAFTED, Sources.districtCouncil(event.districtCode()), message,
                new CooperationPlanDrafted(event.districtCode(), event.version(), event.title(), event.periodStart(),
                        event.periodEnd(), event.text()));
    }

    @EventHandler
    void on(CooperationPlanPublishedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.COOPERATION_PLAN_PUBLISHED, Sources.districtCouncil(event.districtCode()),
                message, new CooperationPlanPublished(event.districtCode(), event.version(), event.title(),
                        event.periodStart(), event.periodEnd(), event.text(), event.publishedOn()));
    }

    @EventHandler
    void on(MeetingScheduledEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.MEETING_SCHEDULED, Sources.districtCouncil(event.districtCode()), message,
                new MeetingScheduled(event.districtCode(), event.meetingId(), event.date(), event.agenda().stream()
                        .map(item -> new AgendaItem(item.kind(), item.reference(), item.title()))
                        .toList()));
    }

    @EventHandler
    void on(DecisionMadeEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.DECISION_MADE, Sources.districtCouncil(event.districtCode()), message,
                new DecisionMade(event.districtCode(), event.meetingId(), event.decisionId(), event.title(),
                        event.description(), event.themes(), event.localCouncilIds(), event.dueDate()));
    }

    @EventHandler
    void on(DecisionAssignedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.DECISION_ASSIGNED, Sources.districtCouncil(event.districtCode()), message,
                new DecisionAssigned(event.districtCode(), event.decisionId(), event.title(), event.description(),
                        event.localCouncilIds(), event.assignedLocalCouncilIds(), event.dueDate()));
    }
}
