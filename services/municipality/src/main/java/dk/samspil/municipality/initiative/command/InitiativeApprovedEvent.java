package dk.samspil.municipality.initiative.command;

import org.axonframework.serialization.Revision;

/** {@code leaderGroupArea} (null in the skeleton's events) names the local area whose leader group approved. */
@Revision("1")
public record InitiativeApprovedEvent(String initiativeId, String municipalityCode, String leaderGroupArea) {
}
