package dk.samspil.web.national.project.web;

import dk.samspil.web.national.project.query.ProjectResponse;
import dk.samspil.web.national.project.web.ProjectStep.Part;
import dk.samspil.web.signin.SignedInUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The steps the page offers the signed-in user on a project and on each of its grants, pilots and milestones. */
public record OfferedSteps(List<ProjectStep> onProject, Map<String, List<ProjectStep>> onGrants,
                           Map<String, List<ProjectStep>> onPilots, Map<String, List<ProjectStep>> onMilestones) {

    static OfferedSteps of(ProjectResponse project, SignedInUser user) {
        String status = project.status();
        return new OfferedSteps(ProjectStep.offered(user, Part.PROJECT, status, null),
                byItem(project.grants(), ProjectResponse.Grant::grantId,
                        grant -> ProjectStep.offered(user, Part.GRANT, status, grant.status())),
                byItem(project.pilotMunicipalities(), ProjectResponse.PilotMunicipality::municipalityCode,
                        pilot -> ProjectStep.offered(user, Part.PILOT_MUNICIPALITY, status, pilot.status())),
                byItem(project.milestones(), ProjectResponse.Milestone::milestoneId,
                        milestone -> ProjectStep.offered(user, Part.MILESTONE, status, milestone.status())));
    }

    /** Whether the step on the project itself ({@code START}, say) is offered. */
    public boolean offers(String step) {
        return onProject.contains(ProjectStep.valueOf(step));
    }

    public List<ProjectStep> onGrant(String grantId) {
        return onGrants.getOrDefault(grantId, List.of());
    }

    public List<ProjectStep> onPilot(String municipalityCode) {
        return onPilots.getOrDefault(municipalityCode, List.of());
    }

    public List<ProjectStep> onMilestone(String milestoneId) {
        return onMilestones.getOrDefault(milestoneId, List.of());
    }

    /** Whether any grant is offered a step: then the grants' table has a column for them. */
    public boolean anyOnGrants() {
        return anyIn(onGrants);
    }

    public boolean anyOnPilots() {
        return anyIn(onPilots);
    }

    public boolean anyOnMilestones() {
        return anyIn(onMilestones);
    }

    /** Whether a grant is offered its acceptance, which is a form of its own below the grants. */
    public boolean acceptance(String grantId) {
        return onGrant(grantId).contains(ProjectStep.GRANT_ACCEPTANCE);
    }

    private static boolean anyIn(Map<String, List<ProjectStep>> byItem) {
        return byItem.values().stream().anyMatch(steps -> !steps.isEmpty());
    }

    private static <T> Map<String, List<ProjectStep>> byItem(List<T> items, Function<T, String> id,
                                                            Function<T, List<ProjectStep>> offered) {
        Map<String, List<ProjectStep>> steps = new LinkedHashMap<>();
        items.forEach(item -> steps.put(id.apply(item), offered.apply(item)));
        return steps;
    }
}
