package dk.samspil.platform.activity;

import java.util.Collection;

/**
 * How many municipalities of a group have a current adopted action plan, how many of those are late with its annual
 * follow-up, and how many presented it at their district council.
 */
public record ActionPlanCoverage(long municipalities, long withCurrentAdoptedPlan, long followUpsOverdue,
                                 long presentedAtDistrictCouncil) {

    static ActionPlanCoverage of(Collection<ActionPlanState> states) {
        return new ActionPlanCoverage(states.size(),
                states.stream().filter(ActionPlanState::currentAdopted).count(),
                states.stream().filter(ActionPlanState::followUpOverdue).count(),
                states.stream().filter(ActionPlanState::presentedAtDistrictCouncil).count());
    }
}
