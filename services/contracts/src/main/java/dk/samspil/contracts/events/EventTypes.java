package dk.samspil.contracts.events;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.districtcouncil.CooperationPlanDrafted;
import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.districtcouncil.MeetingScheduled;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.LocalActivityRecorded;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.contracts.municipality.ActionPlanAdopted;
import dk.samspil.contracts.municipality.ActionPlanFollowedUp;
import dk.samspil.contracts.municipality.ActionPlanInitiativeLeft;
import dk.samspil.contracts.municipality.ActionPlanInitiativeLinked;
import dk.samspil.contracts.municipality.ActionPlanInitiativeReturned;
import dk.samspil.contracts.municipality.ActionPlanPresented;
import dk.samspil.contracts.municipality.ActionPlanProposed;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.municipality.FundingPoolFundsReleased;
import dk.samspil.contracts.municipality.FundingPoolFundsReserved;
import dk.samspil.contracts.municipality.FundingPoolFundsSettled;
import dk.samspil.contracts.municipality.FundingPoolOpened;
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
import dk.samspil.contracts.national.ForumClosed;
import dk.samspil.contracts.national.ForumCoordinatorAppointed;
import dk.samspil.contracts.national.ForumEstablished;
import dk.samspil.contracts.national.ForumMeetingHeld;
import dk.samspil.contracts.national.ForumMemberJoined;
import dk.samspil.contracts.national.ForumMemberLeft;
import dk.samspil.contracts.national.ForumProductPublished;
import dk.samspil.contracts.national.ForumYearlyStatusReported;
import dk.samspil.contracts.national.GatheringCancelled;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringPlanned;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every published integration event type. */
public final class EventTypes {

    private static final String MUNICIPALITY = "dk.samspil.municipality.";
    private static final String LOCAL_COUNCIL = "dk.samspil.local-council.";
    private static final String DISTRICT_COUNCIL = "dk.samspil.district-council.";
    private static final String NATIONAL_ASSOCIATION = "dk.samspil.national-association.";

    public static final EventType<InitiativeRegistered> INITIATIVE_REGISTERED =
            initiative("initiative-registered.v1", InitiativeRegistered.class);
    public static final EventType<InitiativeApplicationRevised> INITIATIVE_APPLICATION_REVISED =
            initiative("initiative-application-revised.v1", InitiativeApplicationRevised.class);
    public static final EventType<InitiativeSubmitted> INITIATIVE_SUBMITTED =
            initiative("initiative-submitted.v1", InitiativeSubmitted.class);
    public static final EventType<InitiativeApproved> INITIATIVE_APPROVED =
            initiative("initiative-approved.v1", InitiativeApproved.class);
    public static final EventType<InitiativeRejected> INITIATIVE_REJECTED =
            initiative("initiative-rejected.v1", InitiativeRejected.class);
    public static final EventType<InitiativeBudgetApproved> INITIATIVE_BUDGET_APPROVED =
            initiative("initiative-budget-approved.v1", InitiativeBudgetApproved.class);
    public static final EventType<InitiativeApprovedWithoutFunding> INITIATIVE_APPROVED_WITHOUT_FUNDING =
            initiative("initiative-approved-without-funding.v1", InitiativeApprovedWithoutFunding.class);
    public static final EventType<InitiativeActivated> INITIATIVE_ACTIVATED =
            initiative("initiative-activated.v1", InitiativeActivated.class);
    public static final EventType<InitiativeStatusReported> INITIATIVE_STATUS_REPORTED =
            initiative("initiative-status-reported.v1", InitiativeStatusReported.class);
    public static final EventType<InitiativePaused> INITIATIVE_PAUSED =
            initiative("initiative-paused.v1", InitiativePaused.class);
    public static final EventType<InitiativeResumed> INITIATIVE_RESUMED =
            initiative("initiative-resumed.v1", InitiativeResumed.class);
    public static final EventType<InitiativeWithdrawn> INITIATIVE_WITHDRAWN =
            initiative("initiative-withdrawn.v1", InitiativeWithdrawn.class);
    public static final EventType<InitiativeCompleted> INITIATIVE_COMPLETED =
            initiative("initiative-completed.v1", InitiativeCompleted.class);

    public static final EventType<FundingPoolOpened> FUNDING_POOL_OPENED =
            fundingPool("funding-pool-opened.v1", FundingPoolOpened.class);
    public static final EventType<FundingPoolFundsReserved> FUNDING_POOL_FUNDS_RESERVED =
            fundingPool("funding-pool-funds-reserved.v1", FundingPoolFundsReserved.class);
    public static final EventType<FundingPoolFundsSettled> FUNDING_POOL_FUNDS_SETTLED =
            fundingPool("funding-pool-funds-settled.v1", FundingPoolFundsSettled.class);
    public static final EventType<FundingPoolFundsReleased> FUNDING_POOL_FUNDS_RELEASED =
            fundingPool("funding-pool-funds-released.v1", FundingPoolFundsReleased.class);

    public static final EventType<ActionPlanProposed> ACTION_PLAN_PROPOSED =
            actionPlan("action-plan-proposed.v1", ActionPlanProposed.class);
    public static final EventType<ActionPlanAdopted> ACTION_PLAN_ADOPTED =
            actionPlan("action-plan-adopted.v1", ActionPlanAdopted.class);
    public static final EventType<ActionPlanPresented> ACTION_PLAN_PRESENTED =
            actionPlan("action-plan-presented.v1", ActionPlanPresented.class);
    public static final EventType<ActionPlanFollowedUp> ACTION_PLAN_FOLLOWED_UP =
            actionPlan("action-plan-followed-up.v1", ActionPlanFollowedUp.class);
    public static final EventType<ActionPlanInitiativeLinked> ACTION_PLAN_INITIATIVE_LINKED =
            actionPlan("action-plan-initiative-linked.v1", ActionPlanInitiativeLinked.class);
    public static final EventType<ActionPlanInitiativeLeft> ACTION_PLAN_INITIATIVE_LEFT =
            actionPlan("action-plan-initiative-left.v1", ActionPlanInitiativeLeft.class);
    public static final EventType<ActionPlanInitiativeReturned> ACTION_PLAN_INITIATIVE_RETURNED =
            actionPlan("action-plan-initiative-returned.v1", ActionPlanInitiativeReturned.class);

    public static final EventType<ConcernRaised> CONCERN_RAISED =
            concern("concern-raised.v1", ConcernRaised.class);
    public static final EventType<ConcernUpdated> CONCERN_UPDATED =
            concern("concern-updated.v1", ConcernUpdated.class);
    public static final EventType<ConcernConfirmed> CONCERN_CONFIRMED =
            concern("concern-confirmed.v1", ConcernConfirmed.class);
    public static final EventType<ConcernEscalated> CONCERN_ESCALATED =
            concern("concern-escalated.v1", ConcernEscalated.class);
    public static final EventType<ConcernResolved> CONCERN_RESOLVED =
            concern("concern-resolved.v1", ConcernResolved.class);

    public static final EventType<LocalActivityRecorded> LOCAL_ACTIVITY_RECORDED =
            localCouncil("local-activity-recorded.v1", LocalActivityRecorded.class);
    public static final EventType<LocalReportSubmitted> LOCAL_REPORT_SUBMITTED =
            localCouncil("local-report-submitted.v1", LocalReportSubmitted.class);
    public static final EventType<DecisionImplementationReported> DECISION_IMPLEMENTATION_REPORTED =
            localCouncil("decision-implementation-reported.v1", DecisionImplementationReported.class);

    public static final EventType<DistrictPrioritiesSet> DISTRICT_PRIORITIES_SET =
            districtCouncil("district-priorities-set.v1", DistrictPrioritiesSet.class);
    public static final EventType<CooperationPlanDrafted> COOPERATION_PLAN_DRAFTED =
            districtCouncil("cooperation-plan-drafted.v1", CooperationPlanDrafted.class);
    public static final EventType<CooperationPlanPublished> COOPERATION_PLAN_PUBLISHED =
            districtCouncil("cooperation-plan-published.v1", CooperationPlanPublished.class);
    public static final EventType<MeetingScheduled> MEETING_SCHEDULED =
            districtCouncil("meeting-scheduled.v1", MeetingScheduled.class);
    public static final EventType<DecisionMade> DECISION_MADE =
            districtCouncil("decision-made.v1", DecisionMade.class);
    public static final EventType<DecisionAssigned> DECISION_ASSIGNED =
            districtCouncil("decision-assigned.v1", DecisionAssigned.class);

    public static final EventType<ProjectProposed> PROJECT_PROPOSED =
            project("project-proposed.v1", ProjectProposed.class);
    public static final EventType<ProjectGrantApplied> PROJECT_GRANT_APPLIED =
            project("project-grant-applied.v1", ProjectGrantApplied.class);
    public static final EventType<ProjectGrantAwarded> PROJECT_GRANT_AWARDED =
            project("project-grant-awarded.v1", ProjectGrantAwarded.class);
    public static final EventType<ProjectGrantAccepted> PROJECT_GRANT_ACCEPTED =
            project("project-grant-accepted.v1", ProjectGrantAccepted.class);
    public static final EventType<ProjectGrantDeclined> PROJECT_GRANT_DECLINED =
            project("project-grant-declined.v1", ProjectGrantDeclined.class);
    public static final EventType<ProjectStarted> PROJECT_STARTED =
            project("project-started.v1", ProjectStarted.class);
    public static final EventType<ProjectCompleted> PROJECT_COMPLETED =
            project("project-completed.v1", ProjectCompleted.class);
    public static final EventType<ProjectStopped> PROJECT_STOPPED =
            project("project-stopped.v1", ProjectStopped.class);
    public static final EventType<ProjectPilotMunicipalityInvited> PROJECT_PILOT_MUNICIPALITY_INVITED =
            project("project-pilot-municipality-invited.v1", ProjectPilotMunicipalityInvited.class);
    public static final EventType<ProjectPilotMunicipalityJoined> PROJECT_PILOT_MUNICIPALITY_JOINED =
            project("project-pilot-municipality-joined.v1", ProjectPilotMunicipalityJoined.class);
    public static final EventType<ProjectPilotMunicipalityLeft> PROJECT_PILOT_MUNICIPALITY_LEFT =
            project("project-pilot-municipality-left.v1", ProjectPilotMunicipalityLeft.class);
    public static final EventType<ProjectMilestoneSet> PROJECT_MILESTONE_SET =
            project("project-milestone-set.v1", ProjectMilestoneSet.class);
    public static final EventType<ProjectMilestoneReached> PROJECT_MILESTONE_REACHED =
            project("project-milestone-reached.v1", ProjectMilestoneReached.class);

    public static final EventType<ForumEstablished> FORUM_ESTABLISHED =
            forum("forum-established.v1", ForumEstablished.class);
    public static final EventType<ForumCoordinatorAppointed> FORUM_COORDINATOR_APPOINTED =
            forum("forum-coordinator-appointed.v1", ForumCoordinatorAppointed.class);
    public static final EventType<ForumMemberJoined> FORUM_MEMBER_JOINED =
            forum("forum-member-joined.v1", ForumMemberJoined.class);
    public static final EventType<ForumMemberLeft> FORUM_MEMBER_LEFT =
            forum("forum-member-left.v1", ForumMemberLeft.class);
    public static final EventType<ForumMeetingHeld> FORUM_MEETING_HELD =
            forum("forum-meeting-held.v1", ForumMeetingHeld.class);
    public static final EventType<ForumYearlyStatusReported> FORUM_YEARLY_STATUS_REPORTED =
            forum("forum-yearly-status-reported.v1", ForumYearlyStatusReported.class);
    public static final EventType<ForumProductPublished> FORUM_PRODUCT_PUBLISHED =
            forum("forum-product-published.v1", ForumProductPublished.class);
    public static final EventType<ForumClosed> FORUM_CLOSED =
            forum("forum-closed.v1", ForumClosed.class);

    public static final EventType<GatheringPlanned> GATHERING_PLANNED =
            gathering("gathering-planned.v1", GatheringPlanned.class);
    public static final EventType<GatheringHeld> GATHERING_HELD =
            gathering("gathering-held.v1", GatheringHeld.class);
    public static final EventType<GatheringCancelled> GATHERING_CANCELLED =
            gathering("gathering-cancelled.v1", GatheringCancelled.class);

    public static final List<EventType<?>> ALL = List.of(
            INITIATIVE_REGISTERED, INITIATIVE_APPLICATION_REVISED, INITIATIVE_SUBMITTED, INITIATIVE_APPROVED,
            INITIATIVE_REJECTED, INITIATIVE_BUDGET_APPROVED, INITIATIVE_APPROVED_WITHOUT_FUNDING, INITIATIVE_ACTIVATED,
            INITIATIVE_STATUS_REPORTED, INITIATIVE_PAUSED, INITIATIVE_RESUMED, INITIATIVE_WITHDRAWN,
            INITIATIVE_COMPLETED,
            FUNDING_POOL_OPENED, FUNDING_POOL_FUNDS_RESERVED, FUNDING_POOL_FUNDS_SETTLED, FUNDING_POOL_FUNDS_RELEASED,
            ACTION_PLAN_PROPOSED, ACTION_PLAN_ADOPTED, ACTION_PLAN_PRESENTED, ACTION_PLAN_FOLLOWED_UP,
            ACTION_PLAN_INITIATIVE_LINKED, ACTION_PLAN_INITIATIVE_LEFT, ACTION_PLAN_INITIATIVE_RETURNED,
            CONCERN_RAISED, CONCERN_UPDATED, CONCERN_CONFIRMED, CONCERN_ESCALATED, CONCERN_RESOLVED,
            LOCAL_ACTIVITY_RECORDED, LOCAL_REPORT_SUBMITTED, DECISION_IMPLEMENTATION_REPORTED,
            DISTRICT_PRIORITIES_SET, COOPERATION_PLAN_DRAFTED, COOPERATION_PLAN_PUBLISHED, MEETING_SCHEDULED,
            DECISION_MADE, DECISION_ASSIGNED,
            PROJECT_PROPOSED, PROJECT_GRANT_APPLIED, PROJECT_GRANT_AWARDED, PROJECT_GRANT_ACCEPTED,
            PROJECT_GRANT_DECLINED, PROJECT_STARTED, PROJECT_COMPLETED, PROJECT_STOPPED,
            PROJECT_PILOT_MUNICIPALITY_INVITED, PROJECT_PILOT_MUNICIPALITY_JOINED, PROJECT_PILOT_MUNICIPALITY_LEFT,
            PROJECT_MILESTONE_SET, PROJECT_MILESTONE_REACHED,
            FORUM_ESTABLISHED, FORUM_COORDINATOR_APPOINTED, FORUM_MEMBER_JOINED, FORUM_MEMBER_LEFT, FORUM_MEETING_HELD,
            FORUM_YEARLY_STATUS_REPORTED, FORUM_PRODUCT_PUBLISHED, FORUM_CLOSED,
            GATHERING_PLANNED, GATHERING_HELD, GATHERING_CANCELLED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static <T> EventType<T> initiative(String name, Class<T> payloadType) {
        return new EventType<>(MUNICIPALITY + name, payloadType, Topics.MUNICIPALITY_INITIATIVES);
    }

    private static <T> EventType<T> fundingPool(String name, Class<T> payloadType) {
        return new EventType<>(MUNICIPALITY + name, payloadType, Topics.MUNICIPALITY_FUNDING_POOLS);
    }

    private static <T> EventType<T> actionPlan(String name, Class<T> payloadType) {
        return new EventType<>(MUNICIPALITY + name, payloadType, Topics.MUNICIPALITY_ACTION_PLANS);
    }

    private static <T> EventType<T> concern(String name, Class<T> payloadType) {
        return new EventType<>(MUNICIPALITY + name, payloadType, Topics.MUNICIPALITY_CONCERNS);
    }

    private static <T> EventType<T> localCouncil(String name, Class<T> payloadType) {
        return new EventType<>(LOCAL_COUNCIL + name, payloadType, Topics.LOCAL_COUNCILS);
    }

    private static <T> EventType<T> districtCouncil(String name, Class<T> payloadType) {
        return new EventType<>(DISTRICT_COUNCIL + name, payloadType, Topics.DISTRICT_COUNCILS);
    }

    private static <T> EventType<T> project(String name, Class<T> payloadType) {
        return new EventType<>(NATIONAL_ASSOCIATION + name, payloadType, Topics.NATIONAL_ASSOCIATION_PROJECTS);
    }

    private static <T> EventType<T> forum(String name, Class<T> payloadType) {
        return new EventType<>(NATIONAL_ASSOCIATION + name, payloadType, Topics.NATIONAL_ASSOCIATION_FORUMS);
    }

    private static <T> EventType<T> gathering(String name, Class<T> payloadType) {
        return new EventType<>(NATIONAL_ASSOCIATION + name, payloadType, Topics.NATIONAL_ASSOCIATION_GATHERINGS);
    }
}
