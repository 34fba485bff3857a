package dk.samspil.municipality.actionplan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by {@link ActionPlanMembership}: the initiative resumed and returns if it left the plan because of the pause. */
public record ReturnToActionPlanCommand(@TargetAggregateIdentifier String actionPlanId, String initiativeId) {
}
