package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A draft's application is replaced by the one given, in full. */
public record ReviseInitiativeApplicationCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, InitiativeApplication application) {
}
