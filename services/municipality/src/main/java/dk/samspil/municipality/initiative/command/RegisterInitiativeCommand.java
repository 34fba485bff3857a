package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A municipality registers an initiative's application as a draft. */
public record RegisterInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, InitiativeApplication application) {
}
