package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.PreventionLevel;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record InitiativeRegisteredEvent(String initiativeId, String municipalityCode, String name,
                                        PreventionLevel preventionLevel, InitiativeScope scope,
                                        LocalDate startDate, LocalDate endDate, List<String> themes) {
}
