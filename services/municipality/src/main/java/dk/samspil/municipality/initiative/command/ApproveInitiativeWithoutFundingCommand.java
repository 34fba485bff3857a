package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The secretariat approves the initiative without money from its pool. */
public record ApproveInitiativeWithoutFundingCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String reason) {
}
