package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The municipality withdraws the initiative, with a reason; a reservation in the pool goes back. */
public record WithdrawInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String reason) {
}
