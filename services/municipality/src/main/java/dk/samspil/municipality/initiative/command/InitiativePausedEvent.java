package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record InitiativePausedEvent(String initiativeId, String municipalityCode, LocalDate pausedOn, String reason) {
}
