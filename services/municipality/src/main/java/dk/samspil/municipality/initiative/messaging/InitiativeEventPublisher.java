package dk.samspil.municipality.initiative.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.InitiativeActivated;
import dk.samspil.contracts.municipality.InitiativeApplicationRevised;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeApprovedWithoutFunding;
import dk.samspil.contracts.municipality.InitiativeBudgetApproved;
import dk.samspil.contracts.municipality.InitiativeCompleted;
import dk.samspil.contracts.municipality.InitiativePaused;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeRejected;
import dk.samspil.contracts.municipality.InitiativeResumed;
import dk.samspil.contracts.municipality.InitiativeStatusReported;
import dk.samspil.contracts.municipality.InitiativeSubmitted;
import dk.samspil.contracts.municipality.InitiativeWithdrawn;
import dk.samspil.municipality.initiative.command.InitiativeActivatedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApplication;
import dk.samspil.municipality.initiative.command.InitiativeApplicationRevisedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApprovedWithoutFundingEvent;
import dk.samspil.municipality.initiative.command.InitiativeBudgetApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeCompletedEvent;
import dk.samspil.municipality.initiative.command.InitiativePausedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.municipality.initiative.command.InitiativeRejectedEvent;
import dk.samspil.municipality.initiative.command.InitiativeResumedEvent;
import dk.samspil.municipality.initiative.command.InitiativeStatusReportedEvent;
import dk.samspil.municipality.initiative.command.InitiativeSubmittedEvent;
import dk.samspil.municipality.initiative.command.InitiativeWithdrawnEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns the initiative's internal events into the published contract, in the tracking processor
 * {@code kafka-publisher} over this service's own event store, which is the outbox. The application goes out in full,
 * except the coordinator's contact data: personal data stays in the municipality.
 */
@Component
@ProcessingGroup("kafka-publisher")
class InitiativeEventPublisher {

    private final DomainEventPublication publication;

    InitiativeEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(InitiativeRegisteredEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_REGISTERED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeRegistered(event.initiativeId(), event.municipalityCode(), event.name(),
                        event.preventionLevel(), event.scope(), event.startDate(), event.endDate(), event.themes(),
                        event.status(), event.targetAgeFrom(), event.targetAgeTo(), event.targetGroups(), event.goals(),
                        event.partners(), event.evaluationPlan(), event.knowledgeSharing(), event.localAreas(),
                        event.organisationalUnit(), event.methods(), event.budgetLines()));
    }

    @EventHandler
    void on(InitiativeApplicationRevisedEvent event, DomainEventMessage<?> message) {
        InitiativeApplication application = event.application();
        publication.publish(EventTypes.INITIATIVE_APPLICATION_REVISED,
                Sources.municipality(event.municipalityCode()), message,
                new InitiativeApplicationRevised(event.initiativeId(), event.municipalityCode(), application.name(),
                        application.preventionLevel(), application.scope(), application.startDate(),
                        application.endDate(), application.themes(), application.targetAgeFrom(),
                        application.targetAgeTo(), application.targetGroups(), application.goals(),
                        application.partners(), application.evaluationPlan(), application.knowledgeSharing(),
                        application.localAreas(), application.organisationalUnit(), application.methods(),
                        application.budgetLines()));
    }

    @EventHandler
    void on(InitiativeSubmittedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_SUBMITTED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeSubmitted(event.initiativeId(), event.municipalityCode()));
    }

    @EventHandler
    void on(InitiativeApprovedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_APPROVED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeApproved(event.initiativeId(), event.municipalityCode(), event.leaderGroupArea()));
    }

    @EventHandler
    void on(InitiativeRejectedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_REJECTED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeRejected(event.initiativeId(), event.municipalityCode(), event.reason()));
    }

    @EventHandler
    void on(InitiativeBudgetApprovedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_BUDGET_APPROVED,
                Sources.municipality(event.municipalityCode()), message,
                new InitiativeBudgetApproved(event.initiativeId(), event.municipalityCode(), event.fundingPoolId(),
                        event.accountingYear(), event.budgetTotal(), event.unmetCriteria(), event.overrideReason()));
    }

    @EventHandler
    void on(InitiativeApprovedWithoutFundingEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_APPROVED_WITHOUT_FUNDING,
                Sources.municipality(event.municipalityCode()), message,
                new InitiativeApprovedWithoutFunding(event.initiativeId(), event.municipalityCode(), event.reason()));
    }

    @EventHandler
    void on(InitiativeActivatedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_ACTIVATED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeActivated(event.initiativeId(), event.municipalityCode(), event.activatedOn(),
                        event.statusReportDue()));
    }

    @EventHandler
    void on(InitiativeStatusReportedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_STATUS_REPORTED,
                Sources.municipality(event.municipalityCode()), message,
                new InitiativeStatusReported(event.initiativeId(), event.municipalityCode(), event.reportedOn(),
                        event.summary(), event.nextStatusReportDue()));
    }

    @EventHandler
    void on(InitiativePausedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_PAUSED, Sources.municipality(event.municipalityCode()), message,
                new InitiativePaused(event.initiativeId(), event.municipalityCode(), event.pausedOn(), event.reason()));
    }

    @EventHandler
    void on(InitiativeResumedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_RESUMED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeResumed(event.initiativeId(), event.municipalityCode(), event.resumedOn(),
                        event.statusReportDue()));
    }

    @EventHandler
    void on(InitiativeWithdrawnEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_WITHDRAWN, Sources.municipality(event.municipalityCode()), message,
                new InitiativeWithdrawn(event.initiativeId(), event.municipalityCode(), event.reason()));
    }

    @EventHandler
    void on(InitiativeCompletedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.INITIATIVE_COMPLETED, Sources.municipality(event.municipalityCode()), message,
                new InitiativeCompleted(event.initiativeId(), event.municipalityCode(), event.completedOn(),
                        event.finalEvaluation(), event.budgetLines(), event.budgetTotal(), event.actualTotal()));
    }
}
