package dk.samspil.municipality.actionplan.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.ActionPlanAdopted;
import dk.samspil.contracts.municipality.ActionPlanFollowedUp;
import dk.samspil.contracts.municipality.ActionPlanInitiativeLeft;
import dk.samspil.contracts.municipality.ActionPlanInitiativeLinked;
import dk.samspil.contracts.municipality.ActionPlanInitiativeReturned;
import dk.samspil.contracts.municipality.ActionPlanPresented;
import dk.samspil.contracts.municipality.ActionPlanProposed;
import dk.samspil.municipality.actionplan.command.ActionPlanAdoptedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanFollowedUpEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLeftEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLinkedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeReturnedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanPresentedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanProposedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Turns the action plan's internal events into the published contract, from the event store (the outbox). */
@Component
@ProcessingGroup("kafka-publisher")
class ActionPlanEventPublisher {

    private final DomainEventPublication publication;

    ActionPlanEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(ActionPlanProposedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_PROPOSED, Sources.municipality(event.municipalityCode()), message,
                new ActionPlanProposed(event.actionPlanId(), event.municipalityCode(), event.firstYear(),
                        event.lastYear(), event.analysis(), event.overallGoal(), event.subGoals(),
                        event.initiativeIds(), event.strategicRoles(), event.coordinatingRoles(),
                        event.executingRoles(), event.financing(), event.documentation()));
    }

    @EventHandler
    void on(ActionPlanAdoptedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_ADOPTED, Sources.municipality(event.municipalityCode()), message,
                new ActionPlanAdopted(event.actionPlanId(), event.municipalityCode(), event.adoptedOn(),
                        event.followUpDue()));
    }

    @EventHandler
    void on(ActionPlanPresentedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_PRESENTED, Sources.municipality(event.municipalityCode()), message,
                new ActionPlanPresented(event.actionPlanId(), event.municipalityCode(), event.districtCode(),
                        event.presentedOn()));
    }

    @EventHandler
    void on(ActionPlanFollowedUpEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_FOLLOWED_UP, Sources.municipality(event.municipalityCode()), message,
                new ActionPlanFollowedUp(event.actionPlanId(), event.municipalityCode(), event.followedUpOn(),
                        event.summary(), event.nextFollowUpDue()));
    }

    @EventHandler
    void on(ActionPlanInitiativeLinkedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_INITIATIVE_LINKED,
                Sources.municipality(event.municipalityCode()), message,
                new ActionPlanInitiativeLinked(event.actionPlanId(), event.municipalityCode(), event.initiativeId()));
    }

    @EventHandler
    void on(ActionPlanInitiativeLeftEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_INITIATIVE_LEFT,
                Sources.municipality(event.municipalityCode()), message,
                new ActionPlanInitiativeLeft(event.actionPlanId(), event.municipalityCode(), event.initiativeId(),
                        event.initiativeStatus()));
    }

    @EventHandler
    void on(ActionPlanInitiativeReturnedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.ACTION_PLAN_INITIATIVE_RETURNED,
                Sources.municipality(event.municipalityCode()), message,
                new ActionPlanInitiativeReturned(event.actionPlanId(), event.municipalityCode(), event.initiativeId()));
    }
}
