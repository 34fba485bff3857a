package dk.samspil.municipality.actionplan.command;

import dk.samspil.contracts.municipality.InitiativeStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by {@link ActionPlanMembership}: the initiative was paused, withdrawn or completed and leaves the plan. */
public record LeaveActionPlanCommand(@TargetAggregateIdentifier String actionPlanId, String initiativeId,
                                     InitiativeStatus initiativeStatus) {
}
