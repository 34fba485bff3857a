package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record InitiativeApprovedWithoutFundingEvent(String initiativeId, String municipalityCode, String reason) {
}
