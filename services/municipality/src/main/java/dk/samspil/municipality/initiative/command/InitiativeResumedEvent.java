package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record InitiativeResumedEvent(String initiativeId, String municipalityCode, LocalDate resumedOn,
                                     LocalDate statusReportDue) {
}
