package dk.samspil.contracts.municipality;

/** Every published action-plan event names the plan and its municipality. */
public interface ActionPlanEvent {

    String actionPlanId();

    String municipalityCode();
}
