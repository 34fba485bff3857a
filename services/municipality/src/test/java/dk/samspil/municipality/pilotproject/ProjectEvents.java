package dk.samspil.municipality.pilotproject;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectCompleted;
import dk.samspil.contracts.national.ProjectGrantAccepted;
import dk.samspil.contracts.national.ProjectGrantApplied;
import dk.samspil.contracts.national.ProjectGrantDeclined;
import dk.samspil.contracts.national.ProjectMilestoneSet;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectPilotMunicipalityLeft;
import dk.samspil.contracts.national.ProjectProposed;
import dk.samspil.contracts.national.ProjectStarted;
import dk.samspil.contracts.national.ProjectStopped;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Project events as the national association publishes them: key and subject the project id, step n of a project n
 * minutes after {@link #START}; a pilot municipality's district is its police district.
 */
public final class ProjectEvents {

    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private ProjectEvents() {
    }

    public static EventEnvelope<ProjectProposed> proposed(String projectId, String name, LocalDate periodStart,
                                                          LocalDate periodEnd) {
        return envelope(EventTypes.PROJECT_PROPOSED, projectId, 0, new ProjectProposed(projectId, name,
                "Forældre som ressource i forebyggelsen", "SSP-Samrådet", List.of(), periodStart, periodEnd,
                "bestyrelsen", "sekretariatet", List.of(), List.of()));
    }

    public static EventEnvelope<ProjectGrantApplied> grantApplied(String projectId, long sequence, String grantId) {
        return envelope(EventTypes.PROJECT_GRANT_APPLIED, projectId, sequence,
                new ProjectGrantApplied(projectId, grantId, "Justitsministeriet", 2_400_000));
    }

    public static EventEnvelope<ProjectGrantAccepted> grantAccepted(String projectId, long sequence, String grantId) {
        return envelope(EventTypes.PROJECT_GRANT_ACCEPTED, projectId, sequence, new ProjectGrantAccepted(projectId,
                grantId, "Justitsministeriet", 2_400_000, DAY, "Bestyrelsesmøde, punkt 4"));
    }

    public static EventEnvelope<ProjectGrantDeclined> grantDeclined(String projectId, long sequence, String grantId) {
        return envelope(EventTypes.PROJECT_GRANT_DECLINED, projectId, sequence,
                new ProjectGrantDeclined(projectId, grantId, "TrygFonden", 500_000));
    }

    public static EventEnvelope<ProjectStarted> started(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_STARTED, projectId, sequence, new ProjectStarted(projectId, DAY));
    }

    public static EventEnvelope<ProjectCompleted> completed(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_COMPLETED, projectId, sequence, new ProjectCompleted(projectId, DAY));
    }

    public static EventEnvelope<ProjectStopped> stopped(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_STOPPED, projectId, sequence,
                new ProjectStopped(projectId, DAY, "Bevillingen bortfaldt"));
    }

    public static EventEnvelope<ProjectMilestoneSet> milestoneSet(String projectId, long sequence) {
        return envelope(EventTypes.PROJECT_MILESTONE_SET, projectId, sequence,
                new ProjectMilestoneSet(projectId, "milestone-" + sequence, "Midtvejsevaluering", DAY.plusMonths(6)));
    }

    public static EventEnvelope<ProjectPilotMunicipalityInvited> invited(String projectId, long sequence,
                                                                         String projectName, String kommunekode,
                                                                         PilotMunicipalityRole role) {
        return envelope(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, projectId, sequence,
                new ProjectPilotMunicipalityInvited(projectId, projectName, kommunekode, districtOf(kommunekode),
                        role));
    }

    public static EventEnvelope<ProjectPilotMunicipalityJoined> joined(String projectId, long sequence,
                                                                       String projectName, String kommunekode,
                                                                       PilotMunicipalityRole role) {
        return envelope(EventTypes.PROJECT_PILOT_MUNICIPALITY_JOINED, projectId, sequence,
                new ProjectPilotMunicipalityJoined(projectId, projectName, kommunekode, districtOf(kommunekode), role));
    }

    public static EventEnvelope<ProjectPilotMunicipalityLeft> left(String projectId, long sequence, String projectName,
                                                                   String kommunekode, PilotMunicipalityRole role) {
        return envelope(EventTypes.PROJECT_PILOT_MUNICIPALITY_LEFT, projectId, sequence,
                new ProjectPilotMunicipalityLeft(projectId, projectName, kommunekode, districtOf(kommunekode), role));
    }

    /** The municipality's police district; null for a kommunekode the reference data does not know. */
    private static String districtOf(String kommunekode) {
        return ReferenceData.instance().municipalities().stream()
                .filter(municipality -> municipality.code().equals(kommunekode))
                .map(Municipality::districtCode)
                .findFirst().orElse(null);
    }

    private static <T> EventEnvelope<T> envelope(EventType<T> type, String projectId, long sequence, T payload) {
        return new EventEnvelope<>(projectId + "#" + sequence, type, Sources.nationalAssociation(), projectId,
                START.plusSeconds(60 * sequence).atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
