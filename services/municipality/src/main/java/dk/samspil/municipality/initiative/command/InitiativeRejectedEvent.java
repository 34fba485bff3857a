package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record InitiativeRejectedEvent(String initiativeId, String municipalityCode, String reason) {
}
