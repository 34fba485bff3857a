package dk.samspil.nationalassociation.forum.messaging;

import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.national.ForumClosed;
import dk.samspil.contracts.national.ForumCoordinatorAppointed;
import dk.samspil.contracts.national.ForumEstablished;
import dk.samspil.contracts.national.ForumMeetingHeld;
import dk.samspil.contracts.national.ForumMemberJoined;
import dk.samspil.contracts.national.ForumMemberLeft;
import dk.samspil.contracts.national.ForumProductPublished;
import dk.samspil.contracts.national.ForumYearlyStatusReported;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.forum.command.CoordinatorAppointedEvent;
import dk.samspil.nationalassociation.forum.command.ForumClosedEvent;
import dk.samspil.nationalassociation.forum.command.ForumEstablishedEvent;
import dk.samspil.nationalassociation.forum.command.MeetingHeldEvent;
import dk.samspil.nationalassociation.forum.command.MemberJoinedEvent;
import dk.samspil.nationalassociation.forum.command.MemberLeftEvent;
import dk.samspil.nationalassociation.forum.command.ProductPublishedEvent;
import dk.samspil.nationalassociation.forum.command.YearlyStatusReportedEvent;
import dk.samspil.platform.axon.DomainEventPublication;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns the forums' internal events into the published contract, from the event store (the outbox). A coordinator's
 * contact name is staff personal data and is left out; members and coordinators go by role and municipality.
 */
@Component
@ProcessingGroup("kafka-publisher")
class ForumEventPublisher {

    private final DomainEventPublication publication;
    private final ReferenceData referenceData = ReferenceData.instance();

    ForumEventPublisher(DomainEventPublication publication) {
        this.publication = publication;
    }

    @EventHandler
    void on(ForumEstablishedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_ESTABLISHED, Sources.nationalAssociation(), message,
                new ForumEstablished(event.forumId(), event.kind(), event.name(), event.mandate(),
                        event.establishedOn()));
    }

    @EventHandler
    void on(CoordinatorAppointedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_COORDINATOR_APPOINTED, Sources.nationalAssociation(), message,
                new ForumCoordinatorAppointed(event.forumId(), event.coordinatorId(), event.role(),
                        event.municipalityCode(), districtOf(event.municipalityCode()), event.honorarium(),
                        event.appointedOn()));
    }

    @EventHandler
    void on(MemberJoinedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_MEMBER_JOINED, Sources.nationalAssociation(), message,
                new ForumMemberJoined(event.forumId(), event.kind(), event.memberId(), event.municipalityCode(),
                        districtOf(event.municipalityCode()), event.role(), event.committedFrom(),
                        event.committedUntil()));
    }

    @EventHandler
    void on(MemberLeftEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_MEMBER_LEFT, Sources.nationalAssociation(), message,
                new ForumMemberLeft(event.forumId(), event.memberId(), event.municipalityCode(),
                        districtOf(event.municipalityCode()), event.leftOn()));
    }

    @EventHandler
    void on(MeetingHeldEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_MEETING_HELD, Sources.nationalAssociation(), message,
                new ForumMeetingHeld(event.forumId(), event.meetingId(), event.heldOn(), event.subject(),
                        event.attendingMunicipalityCodes()));
    }

    @EventHandler
    void on(YearlyStatusReportedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_YEARLY_STATUS_REPORTED, Sources.nationalAssociation(), message,
                new ForumYearlyStatusReported(event.forumId(), event.year(), event.text(), event.reportedOn(),
                        event.nextDueOn()));
    }

    @EventHandler
    void on(ProductPublishedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_PRODUCT_PUBLISHED, Sources.nationalAssociation(), message,
                new ForumProductPublished(event.forumId(), event.productId(), event.title(), event.description(),
                        event.publishedOn()));
    }

    @EventHandler
    void on(ForumClosedEvent event, DomainEventMessage<?> message) {
        publication.publish(EventTypes.FORUM_CLOSED, Sources.nationalAssociation(), message,
                new ForumClosed(event.forumId(), event.closedOn()));
    }

    private String districtOf(String municipalityCode) {
        return referenceData.municipality(municipalityCode).districtCode();
    }
}
