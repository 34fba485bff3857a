package dk.samspil.municipality.actionplan.command;

import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record ActionPlanProposedEvent(String actionPlanId, String municipalityCode, int firstYear, int lastYear,
                                      String analysis, String overallGoal, List<String> subGoals,
                                      List<String> initiativeIds, List<String> strategicRoles,
                                      List<String> coordinatingRoles, List<String> executingRoles, String financing,
                                      String documentation, OrganisationLevel proposedBy) {
}
