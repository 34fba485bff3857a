package dk.samspil.municipality.initiative.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The secretariat approves the budget from its pool of {@code accountingYear}; {@code overrideReason} approves despite unmet funding criteria. */
public record ApproveInitiativeBudgetCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, int accountingYear, String overrideReason) {
}
