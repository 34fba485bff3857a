package dk.samspil.contracts.municipality;

import java.util.List;

/**
 * {@code dk.samspil.municipality.action-plan-proposed.v1}: the executing/coordinating level proposed a two-year action
 * plan (handleplan) with its six points. Organisation names roles at the three levels, never persons.
 */
public record ActionPlanProposed(String actionPlanId, String municipalityCode, int firstYear, int lastYear,
                                 String analysis, String overallGoal, List<String> subGoals,
                                 List<String> initiativeIds, List<String> strategicRoles,
                                 List<String> coordinatingRoles, List<String> executingRoles, String financing,
                                 String documentation) implements ActionPlanEvent {
}
