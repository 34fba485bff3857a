package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.action-plan-adopted.v1}: the leadership level adopted the plan; follow-up due then. */
public record ActionPlanAdopted(String actionPlanId, String municipalityCode, LocalDate adoptedOn,
                                LocalDate followUpDue) implements ActionPlanEvent {
}
