package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.action-plan-presented.v1}: the plan was presented at the district council. */
public record ActionPlanPresented(String actionPlanId, String municipalityCode, String districtCode,
                                  LocalDate presentedOn) implements ActionPlanEvent {
}
