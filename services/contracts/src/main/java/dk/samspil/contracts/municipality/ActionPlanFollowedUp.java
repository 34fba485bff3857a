package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.action-plan-followed-up.v1}: the annual follow-up was recorded. */
public record ActionPlanFollowedUp(String actionPlanId, String municipalityCode, LocalDate followedUpOn,
                                   String summary, LocalDate nextFollowUpDue) implements ActionPlanEvent {
}
