package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Work stops for a while, with a reason. */
public record PauseInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String reason) {
}
