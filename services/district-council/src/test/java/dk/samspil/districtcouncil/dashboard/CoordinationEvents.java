package dk.samspil.districtcouncil.dashboard;

import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.districtcouncil.MeetingScheduled;
import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.localcouncil.LocalActivityRecorded;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectGrantApplied;
import dk.samspil.contracts.national.ProjectMilestoneSet;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectPilotMunicipalityLeft;
import dk.samspil.contracts.national.ProjectProposed;
import dk.samspil.contracts.national.ProjectStarted;
import dk.samspil.contracts.national.ProjectStopped;
import dk.samspil.contracts.reference.Theme;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Concern, local-council, district-council and national project events as their producers publish them: key and
 * subject the aggregate id, the source the organisation that took the step, the event id following from aggregate
 * and sequence.
 */
public final class CoordinationEvents {

    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final LocalDate OBSERVED = LocalDate.of(2026, 10, 30);

    private CoordinationEvents() {
    }

    public static EventEnvelope<ConcernRaised> concernRaised(String concernId, String raisedBy, String title,
                                                             List<Theme> themes, ConcernSeverity severity,
                                                             List<String> municipalityCodes, List<String> districtCodes) {
        return envelope(EventTypes.CONCERN_RAISED, concernId, Sources.municipality(raisedBy), 0,
                new ConcernRaised(concernId, raisedBy, title, "Beskrivelse af " + title, themes, severity,
                        municipalityCodes, districtCodes, OBSERVED, ConcernStatus.RAISED));
    }

    public static EventEnvelope<ConcernUpdated> concernUpdated(String concernId, long sequence, String raisedBy,
                                                               String updatedBy, ConcernSeverity severity,
                                                               ConcernStatus status) {
        return envelope(EventTypes.CONCERN_UPDATED, concernId, Sources.municipality(updatedBy), sequence,
                new ConcernUpdated(concernId, raisedBy, updatedBy, "Nyt fra " + updatedBy, severity, status));
    }

    public static EventEnvelope<ConcernConfirmed> concernConfirmed(String concernId, long sequence, String raisedBy,
                                                                   String confirmedBy, List<String> municipalityCodes,
                                                                   List<String> districtCodes, ConcernStatus status) {
        return envelope(EventTypes.CONCERN_CONFIRMED, concernId, Sources.municipality(confirmedBy), sequence,
                new ConcernConfirmed(concernId, raisedBy, confirmedBy, "Vi ser det også", municipalityCodes,
                        districtCodes, status));
    }

    public static EventEnvelope<ConcernEscalated> concernEscalated(String concernId, long sequence, String raisedBy,
                                                                   List<String> districtCodes,
                                                                   List<String> escalatedDistrictCodes) {
        return envelope(EventTypes.CONCERN_ESCALATED, concernId, Sources.municipality(raisedBy), sequence,
                new ConcernEscalated(concernId, raisedBy, districtCodes, "Kræver fælles indsats", escalatedDistrictCodes,
                        ConcernStatus.ESCALATED));
    }

    public static EventEnvelope<ConcernResolved> concernResolved(String concernId, long sequence, String raisedBy) {
        return envelope(EventTypes.CONCERN_RESOLVED, concernId, Sources.municipality(raisedBy), sequence,
                new ConcernResolved(concernId, raisedBy, "Gruppen har opløst sig", ConcernStatus.RESOLVED));
    }

    public static EventEnvelope<LocalReportSubmitted> localReport(String localCouncilId, long sequence, String districtCode,
                                                                  String reportId, LocalDate periodStart,
                                                                  LocalDate periodEnd, List<ThemeTrend> themeTrends,
                                                                  List<ReportFigure> figures) {
        return envelope(EventTypes.LOCAL_REPORT_SUBMITTED, localCouncilId, Sources.localCouncil(localCouncilId), sequence,
                new LocalReportSubmitted(localCouncilId, districtCode, reportId, periodStart, periodEnd, themeTrends,
                        figures, "Rapport " + reportId));
    }

    public static EventEnvelope<LocalActivityRecorded> localActivity(String localCouncilId, long sequence,
                                                                     String districtCode, String kommunekode) {
        return envelope(EventTypes.LOCAL_ACTIVITY_RECORDED, localCouncilId, Sources.localCouncil(localCouncilId), sequence,
                new LocalActivityRecorded(localCouncilId, districtCode, "activity-" + sequence,
                        LocalActivityKind.SAFETY_CREATING, "Nattevandring", "Voksne på gaden fredag aften",
                        List.of(Theme.UNSAFE_PLACES), List.of(kommunekode), OBSERVED, 12));
    }

    public static EventEnvelope<DecisionImplementationReported> implementationReported(
            String localCouncilId, long sequence, String districtCode, String decisionId,
            DecisionImplementationStatus status, String note, LocalDate reportedOn) {
        return envelope(EventTypes.DECISION_IMPLEMENTATION_REPORTED, localCouncilId, Sources.localCouncil(localCouncilId),
                sequence, new DecisionImplementationReported(localCouncilId, districtCode, decisionId, status, note,
                        reportedOn));
    }

    public static EventEnvelope<DistrictPrioritiesSet> prioritiesSet(String districtCode, long sequence,
                                                                     LocalDate periodStart, LocalDate periodEnd,
                                                                     List<Priority> priorities) {
        return envelope(EventTypes.DISTRICT_PRIORITIES_SET, districtCode, Sources.districtCouncil(districtCode), sequence,
                new DistrictPrioritiesSet(districtCode, periodStart, periodEnd, priorities));
    }

    public static EventEnvelope<CooperationPlanPublished> planPublished(String districtCode, long sequence, int version,
                                                                        String title, LocalDate publishedOn) {
        return envelope(EventTypes.COOPERATION_PLAN_PUBLISHED, districtCode, Sources.districtCouncil(districtCode),
                sequence, new CooperationPlanPublished(districtCode, version, title, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31), "Planens tekst", publishedOn));
    }

    public static EventEnvelope<MeetingScheduled> meetingScheduled(String districtCode, long sequence, String meetingId) {
        return envelope(EventTypes.MEETING_SCHEDULED, districtCode, Sources.districtCouncil(districtCode), sequence,
                new MeetingScheduled(districtCode, meetingId, LocalDate.of(2026, 12, 1), List.of()));
    }

    public static EventEnvelope<DecisionMade> decisionMade(String districtCode, long sequence, String decisionId,
                                                           String title, LocalDate dueDate, List<String> localCouncilIds) {
        return envelope(EventTypes.DECISION_MADE, districtCode, Sources.districtCouncil(districtCode), sequence,
                new DecisionMade(districtCode, "meeting-1", decisionId, title, "Beskrivelse af " + title,
                        List.of(Theme.YOUTH_GROUPS), localCouncilIds, dueDate));
    }

    public static EventEnvelope<DecisionAssigned> decisionAssigned(String districtCode, long sequence, String decisionId,
                                                                   String title, LocalDate dueDate,
                                                                   List<String> localCouncilIds,
                                                                   List<String> assignedLocalCouncilIds) {
        return envelope(EventTypes.DECISION_ASSIGNED, districtCode, Sources.districtCouncil(districtCode), sequence,
                new DecisionAssigned(districtCode, decisionId, title, "Beskrivelse af " + title, localCouncilIds,
                        assignedLocalCouncilIds, dueDate));
    }

    public static EventEnvelope<ProjectProposed> projectProposed(String projectId, String name, LocalDate periodStart,
                                                                 LocalDate periodEnd) {
        return envelope(EventTypes.PROJECT_PROPOSED, projectId, Sources.nationalAssociation(), 0,
                new ProjectProposed(projectId, name, "Formålet med " + name, "SSP-Samrådet", List.of(), periodStart,
                        periodEnd, "bestyrelsen", "sekretariatet", List.of(), List.of()));
    }

    public static EventEnvelope<ProjectGrantApplied> projectGrantApplied(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_GRANT_APPLIED, projectId, Sources.nationalAssociation(), sequence,
                new ProjectGrantApplied(projectId, "grant-" + sequence, "Justitsministeriet", 1_000_000));
    }

    public static EventEnvelope<ProjectStarted> projectStarted(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_STARTED, projectId, Sources.nationalAssociation(), sequence,
                new ProjectStarted(projectId, OBSERVED));
    }

    public static EventEnvelope<ProjectStopped> projectStopped(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_STOPPED, projectId, Sources.nationalAssociation(), sequence,
                new ProjectStopped(projectId, OBSERVED, "Bevillingen bortfaldt"));
    }

    public static EventEnvelope<ProjectMilestoneSet> projectMilestoneSet(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_MILESTONE_SET, projectId, Sources.nationalAssociation(), sequence,
                new ProjectMilestoneSet(projectId, "milestone-" + sequence, "Midtvejsevaluering", OBSERVED));
    }

    public static EventEnvelope<ProjectPilotMunicipalityInvited> pilotInvited(String projectId, long sequence,
                                                                              String projectName, String kommunekode,
                                                                              String districtCode,
                                                                              PilotMunicipalityRole role) {
        return envelope(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, projectId, Sources.nationalAssociation(),
                sequence, new ProjectPilotMunicipalityInvited(projectId, projectName, kommunekode, districtCode, role));
    }

    public static EventEnvelope<ProjectPilotMunicipalityJoined> pilotJoined(String projectId, long sequence,
                                                                            String projectName, String kommunekode,
                                                                            String districtCode,
                                                                            PilotMunicipalityRole role) {
        return envelope(EventTypes.PROJECT_PILOT_MUNICIPALITY_JOINED, projectId, Sources.nationalAssociation(),
                sequence, new ProjectPilotMunicipalityJoined(projectId, projectName, kommunekode, districtCode, role));
    }

    public static EventEnvelope<ProjectPilotMunicipalityLeft> pilotLeft(String projectId, long sequence,
                                                                        String projectName, String kommunekode,
                                                                        String districtCode,
                                                                        PilotMunicipalityRole role) {
        return envelope(EventTypes.PROJECT_PILOT_MUNICIPALITY_LEFT, projectId, Sources.nationalAssociation(), sequence,
                new ProjectPilotMunicipalityLeft(projectId, projectName, kommunekode, districtCode, role));
    }

    private static <T> EventEnvelope<T> envelope(EventType<T> type, String aggregateId, URI source, long sequence,
                                                 T payload) {
        return new EventEnvelope<>(aggregateId + "#" + sequence, type, source, aggregateId,
                START.plusSeconds(sequence).atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
