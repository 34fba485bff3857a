package dk.samspil.web.districtcouncil.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the district council's service answers for {@code GET /api/districts/{code}/council}: its priorities (null
 * until set), where its cooperation plan stands and its meetings with their agendas and decisions.
 */
public record DistrictCouncil(String districtCode, String districtName, Priorities priorities,
                              CooperationPlanState cooperationPlan, List<Meeting> meetings) {

    public Optional<Meeting> meeting(String meetingId) {
        return meetings.stream().filter(meeting -> meeting.meetingId().equals(meetingId)).findFirst();
    }

    public List<Decision> decisions() {
        return meetings.stream().flatMap(meeting -> meeting.decisions().stream()).toList();
    }

    public record Priorities(LocalDate periodStart, LocalDate periodEnd, List<Priority> items) {
    }

    public record Priority(String theme, String themeLabel, String goal) {
    }

    /** {@code status} is the plan's state (e.g. DRAFT, PUBLISHED); the versions are null while there is none. */
    public record CooperationPlanState(String status, String statusLabel, Integer draftVersion,
                                       Integer publishedVersion, LocalDate publishedOn) {
    }

    public record Meeting(String meetingId, LocalDate date, List<AgendaItem> agenda, List<Decision> decisions) {
    }

    public record AgendaItem(String kind, String kindLabel, String reference, String title) {
    }

    public record Decision(String decisionId, String title, String description, List<String> themeLabels,
                           List<AssignedLocalCouncil> localCouncils, LocalDate dueDate) {
    }

    public record AssignedLocalCouncil(String localCouncilId, String name) {
    }
}
