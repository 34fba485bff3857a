package dk.samspil.municipality.actionplan.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ActionPlanFollowedUpEvent(String actionPlanId, String municipalityCode, LocalDate followedUpOn,
                                        String summary, LocalDate nextFollowUpDue) {
}
