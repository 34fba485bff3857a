package dk.samspil.nationalassociation.project.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.national.ProjectCompleted;
import dk.samspil.contracts.national.ProjectGrantAccepted;
import dk.samspil.contracts.national.ProjectGrantApplied;
import dk.samspil.contracts.national.ProjectGrantAwarded;
import dk.samspil.contracts.national.ProjectGrantDeclined;
import dk.samspil.contracts.national.ProjectMilestoneReached;
import dk.samspil.contracts.national.ProjectMilestoneSet;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectPilotMunicipalityLeft;
import dk.samspil.contracts.national.ProjectProposed;
import dk.samspil.contracts.national.ProjectStarted;
import dk.samspil.contracts.national.ProjectStopped;
import dk.samspil.nationalassociation.project.command.GrantAcceptedEvent;
import dk.samspil.nationalassociation.project.command.GrantAppliedEvent;
import dk.samspil.nationalassociation.project.command.GrantAwardedEvent;
import dk.samspil.nationalassociation.project.command.GrantDeclinedEvent;
import dk.samspil.nationalassociation.project.command.MilestoneReachedEvent;
import dk.samspil.nationalassociation.project.command.MilestoneSetEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityInvitedEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityJoinedEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityLeftEvent;
import dk.samspil.nationalassociation.project.command.ProjectCompletedEvent;
import dk.samspil.nationalassociation.project.command.ProjectProposedEvent;
import dk.samspil.nationalassociation.project.command.ProjectStartedEvent;
import dk.samspil.nationalassociation.project.command.ProjectStoppedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Turns the projects' internal events into the published contract, from the event store (the outbox). */
@Component
@ProcessingGroup("kafka-publisher")
class ProjectEventPublisher {

    private final DomainEventPublication publication;

    ProjectEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(ProjectProposedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_PROPOSED, Sources.nationalAssociation(), message,
                new ProjectProposed(event.projectId(), event.name(), event.purpose(), event.owner(), event.coOwners(),
                        event.periodStart(), event.periodEnd(), event.strategicLeadRole(), event.staffLeadRole(),
                        event.professionalForums(), event.partners()));
    }

    @EventHandler
    void on(GrantAppliedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_GRANT_APPLIED, Sources.nationalAssociation(), message,
                new ProjectGrantApplied(event.projectId(), event.grantId(), event.grantor(), event.amount()));
    }

    @EventHandler
    void on(GrantAwardedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_GRANT_AWARDED, Sources.nationalAssociation(), message,
                new ProjectGrantAwarded(event.projectId(), event.grantId(), event.grantor(), event.amount()));
    }

    @EventHandler
    void on(GrantAcceptedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_GRANT_ACCEPTED, Sources.nationalAssociation(), message,
                new ProjectGrantAccepted(event.projectId(), event.grantId(), event.grantor(), event.amount(),
                        event.boardMandateDecidedOn(), event.boardMandateReference()));
    }

    @EventHandler
    void on(GrantDeclinedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_GRANT_DECLINED, Sources.nationalAssociation(), message,
                new ProjectGrantDeclined(event.projectId(), event.grantId(), event.grantor(), event.amount()));
    }

    @EventHandler
    void on(ProjectStartedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_STARTED, Sources.nationalAssociation(), message,
                new ProjectStarted(event.projectId(), event.startedOn()));
    }

    @EventHandler
    void on(ProjectCompletedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_COMPLETED, Sources.nationalAssociation(), message,
                new ProjectCompleted(event.projectId(), event.completedOn()));
    }

    @EventHandler
    void on(ProjectStoppedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_STOPPED, Sources.nationalAssociation(), message,
                new ProjectStopped(event.projectId(), event.stoppedOn(), event.reason()));
    }

    @EventHandler
    void on(PilotMunicipalityInvitedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, Sources.nationalAssociation(), message,
                new ProjectPilotMunicipalityInvited(event.projectId(), event.projectName(), event.municipalityCode(),
                        event.districtCode(), event.role()));
    }

    @EventHandler
    void on(PilotMunicipalityJoinedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_PILOT_MUNICIPALITY_JOINED, Sources.nationalAssociation(), message,
                new ProjectPilotMunicipalityJoined(event.projectId(), event.projectName(), event.municipalityCode(),
                        event.districtCode(), event.role()));
    }

    @EventHandler
    void on(PilotMunicipalityLeftEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_PILOT_MUNICIPALITY_LEFT, Sources.nationalAssociation(), message,
                new ProjectPilotMunicipalityLeft(event.projectId(), event.projectName(), event.municipalityCode(),
                        event.districtCode(), event.role()));
    }

    @EventHandler
    void on(MilestoneSetEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_MILESTONE_SET, Sources.nationalAssociation(), message,
                new ProjectMilestoneSet(event.projectId(), event.milestoneId(), event.title(), event.dueDate()));
    }

    @EventHandler
    void on(MilestoneReachedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.PROJECT_MILESTONE_REACHED, Sources.nationalAssociation(), message,
                new ProjectMilestoneReached(event.projectId(), event.milestoneId(), event.reachedOn()));
    }
}
