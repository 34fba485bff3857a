package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.action-plan-initiative-returned.v1}: a paused initiative resumed and is back. */
public record ActionPlanInitiativeReturned(String actionPlanId, String municipalityCode, String initiativeId)
        implements ActionPlanEvent {
}
