package dk.samspil.contracts.municipality;

/**
 * {@code dk.samspil.municipality.action-plan-initiative-left.v1}: an initiative left the plan because it was paused,
 * withdrawn or completed ({@code initiativeStatus}): the plan shows what really happens.
 */
public record ActionPlanInitiativeLeft(String actionPlanId, String municipalityCode, String initiativeId,
                                       InitiativeStatus initiativeStatus) implements ActionPlanEvent {
}
