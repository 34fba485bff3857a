package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The leader group approves an initiative; {@code municipalityCode} is the municipality asking. */
public record ApproveInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode) {
}
