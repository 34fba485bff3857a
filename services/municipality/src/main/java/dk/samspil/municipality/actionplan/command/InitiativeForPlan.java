package dk.samspil.municipality.actionplan.command;

import dk.samspil.contracts.municipality.InitiativeStatus;

import java.util.List;

/**
 * What the action plans know of an initiative: its municipality, the last status that matters for plan membership
 * (as registered, or PAUSED, ACTIVE again on resumption, WITHDRAWN, COMPLETED), and every plan it was ever linked to.
 */
public record InitiativeForPlan(String initiativeId, String municipalityCode, InitiativeStatus status,
                                List<String> actionPlanIds) {

    /** A paused, withdrawn or completed initiative is not part of any plan. */
    public boolean isAway() {
        return ActionPlan.LEAVING_STATUSES.contains(status);
    }
}
