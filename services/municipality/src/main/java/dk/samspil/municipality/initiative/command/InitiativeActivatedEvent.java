package dk.samspil.municipality.initiative.command;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record InitiativeActivatedEvent(String initiativeId, String municipalityCode, LocalDate activatedOn, LocalDate statusReportDue) {
}
