package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The draft goes to the SSP leader group; its application must be complete. */
public record SubmitInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode) {
}
