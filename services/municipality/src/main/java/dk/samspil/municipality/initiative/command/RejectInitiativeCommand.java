package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The leader group rejects the application, with a reason. */
public record RejectInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String reason) {
}
