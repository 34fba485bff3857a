package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.action-plan-initiative-linked.v1}: an initiative was added to the plan. */
public record ActionPlanInitiativeLinked(String actionPlanId, String municipalityCode, String initiativeId)
        implements ActionPlanEvent {
}
