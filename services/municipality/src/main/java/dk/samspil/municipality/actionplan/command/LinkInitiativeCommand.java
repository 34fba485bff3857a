package dk.samspil.municipality.actionplan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds one of the municipality's initiatives to the plan. */
public record LinkInitiativeCommand(@TargetAggregateIdentifier String actionPlanId, String municipalityCode,
                                    String initiativeId) {
}
