package dk.samspil.municipality.actionplan.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.actionplan.command.OrganisationLevel;

import java.time.LocalDate;
import java.util.List;

/** An action plan with its six points, where it stands, and which initiatives are in it or left it and why. */
public record ActionPlanView(String id, String municipalityCode, int firstYear, int lastYear, ActionPlanStatus status,
                             String analysis, String overallGoal, List<String> subGoals, Organisation organisation,
                             String financing, String documentation, OrganisationLevel proposedBy,
                             LocalDate adoptedOn, LocalDate presentedOn, String districtCode, LocalDate followUpDue,
                             List<FollowUp> followUps, List<String> initiativeIds,
                             List<LeftInitiative> leftInitiatives) {

    /** Roles, never names, at the three levels. */
    public record Organisation(List<String> strategic, List<String> coordinating, List<String> executing) {
    }

    public record FollowUp(LocalDate followedUpOn, String summary) {
    }

    /** {@code status} is what made the initiative leave: paused, withdrawn or completed. */
    public record LeftInitiative(String initiativeId, InitiativeStatus status) {

        @JsonProperty
        public String statusLabel() {
            return status.label();
        }
    }
}
