package dk.samspil.municipality.actionplan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The executing or coordinating level proposes a two-year plan with its six points. */
public record ProposeActionPlanCommand(@TargetAggregateIdentifier String actionPlanId, String municipalityCode,
                                       int firstYear, String analysis, String overallGoal, List<String> subGoals,
                                       List<String> initiativeIds, List<String> strategicRoles,
                                       List<String> coordinatingRoles, List<String> executingRoles, String financing,
                                       String documentation, OrganisationLevel proposedBy) {
}
