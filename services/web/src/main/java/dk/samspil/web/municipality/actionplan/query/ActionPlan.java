package dk.samspil.web.municipality.actionplan.query;

import dk.samspil.contracts.municipality.ActionPlanStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A two-year action plan as {@code GET /api/municipalities/{kommunekode}/action-plans[/{id}]} answers it: its six
 * points, where it stands, the initiatives in it and those that left it and why. {@code current}: adopted and its
 * period covers today; {@code followUpOverdue}: the yearly follow-up is due and has not been made.
 */
public record ActionPlan(String id, String municipalityCode, int firstYear, int lastYear, ActionPlanStatus status,
                         String statusLabel, String analysis, String overallGoal, List<String> subGoals,
                         Organisation organisation, String financing, String documentation, String proposedBy,
                         String proposedByLabel, LocalDate adoptedOn, LocalDate presentedOn, String districtCode,
                         LocalDate followUpDue, List<FollowUp> followUps, List<String> initiativeIds,
                         List<LeftInitiative> leftInitiatives, boolean current, boolean followUpOverdue) {

    public ActionPlan {
        subGoals = subGoals == null ? List.of() : List.copyOf(subGoals);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
        leftInitiatives = leftInitiatives == null ? List.of() : List.copyOf(leftInitiatives);
    }

    public boolean isAdopted() {
        return status == ActionPlanStatus.ADOPTED;
    }

    public boolean isPresented() {
        return presentedOn != null;
    }

    /** Whether the initiative is in the plan now, or was and left it. */
    public boolean knows(String initiativeId) {
        return initiativeIds.contains(initiativeId)
                || leftInitiatives.stream().anyMatch(left -> left.initiativeId().equals(initiativeId));
    }

    /** Roles, never names, at the strategic, coordinating and executing levels. */
    public record Organisation(List<String> strategic, List<String> coordinating, List<String> executing) {
    }

    public record FollowUp(LocalDate followedUpOn, String summary) {
    }

    /** {@code status} is what made the initiative leave: paused, withdrawn or completed. */
    public record LeftInitiative(String initiativeId, String status, String statusLabel) {
    }
}
