package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The leader group approves; {@code leaderGroupArea} is the local area whose leader group approved an acute initiative. */
public record ApproveInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String leaderGroupArea) {
}
