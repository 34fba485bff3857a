package dk.samspil.districtcouncil.council.query;

import dk.samspil.districtcouncil.council.command.CooperationPlanStatus;

import java.time.LocalDate;
import java.util.List;

/** A district council at a glance: its priorities (null until set), where its plan stands, its meetings. */
public record DistrictCouncilView(String districtCode, String districtName, Priorities priorities,
                                  CooperationPlan cooperationPlan, List<Meeting> meetings) {

    public record Priorities(LocalDate periodStart, LocalDate periodEnd, List<Priority> items) {
    }

    public record Priority(String theme, String themeLabel, String goal) {
    }

    /** Versions are null while there is none. */
    public record CooperationPlan(CooperationPlanStatus status, String statusLabel, Integer draftVersion,
                                  Integer publishedVersion, LocalDate publishedOn) {
    }

    public record Meeting(String meetingId, LocalDate date, List<AgendaItem> agenda, List<Decision> decisions) {
    }

    public record AgendaItem(String kind, String kindLabel, String reference, String title) {
    }

    public record Decision(String decisionId, String title, String description, List<String> themes,
                           List<String> themeLabels, List<AssignedLocalCouncil> localCouncils, LocalDate dueDate) {
    }

    public record AssignedLocalCouncil(String localCouncilId, String name) {
    }
}
