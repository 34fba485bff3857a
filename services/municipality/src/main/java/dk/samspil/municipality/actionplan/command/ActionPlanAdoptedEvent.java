package dk.samspil.municipality.actionplan.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ActionPlanAdoptedEvent(String actionPlanId, String municipalityCode, LocalDate adoptedOn,
                                     LocalDate followUpDue) {
}
