package dk.samspil.municipality.initiative.query;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One line of a municipality's list of initiatives. */
public record InitiativeSummary(String id, String municipalityCode, String name, InitiativeStatus status,
                                PreventionLevel preventionLevel, InitiativeScope scope, LocalDate startDate,
                                LocalDate endDate, List<String> themes, Instant registeredAt, Instant approvedAt) {
}
