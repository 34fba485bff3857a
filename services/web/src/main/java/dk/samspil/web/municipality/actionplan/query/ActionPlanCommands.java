package dk.samspil.web.municipality.actionplan.query;

import java.util.List;

/**
 * The bodies the municipality service takes for an action plan's commands, field for field. Years and dates go as
 * the user typed them: the service reads them and names the field it cannot read; an empty date means today.
 */
public final class ActionPlanCommands {

    private ActionPlanCommands() {
    }

    /** The six points: analysis, goals, initiatives, organisation, financing, documentation and follow-up. */
    public record Proposal(String firstYear, String analysis, String overallGoal, List<String> subGoals,
                           List<String> initiativeIds, Organisation organisation, String financing,
                           String documentation, String proposedBy) {
    }

    public record Organisation(List<String> strategic, List<String> coordinating, List<String> executing) {
    }

    public record Link(String initiativeId) {
    }

    public record Adoption(String adoptedOn) {
    }

    public record Presentation(String presentedOn) {
    }

    public record FollowUp(String summary, String followedUpOn) {
    }
}
