package dk.samspil.municipality.initiative.command;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record InitiativeStatusReportedEvent(String initiativeId, String municipalityCode, LocalDate reportedOn, String summary,
                                            LocalDate nextStatusReportDue) {
}
