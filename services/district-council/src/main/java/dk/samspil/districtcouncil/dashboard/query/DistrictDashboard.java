package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.platform.activity.DistrictActivity;

import java.util.List;

/**
 * A district's dashboard: its municipalities' activity, and how the levels work together in it.
 *
 * @param priorities      null while the district council has set none
 * @param cooperationPlan null while the district council has published none
 * @param pilotProjects   the national projects with a municipality of the district invited or taking part
 */
public record DistrictDashboard(DistrictActivity activity, DistrictConcerns concerns,
                                List<LocalCouncilReport> localReports, List<DecisionItem> decisions,
                                DistrictPriorities priorities, CooperationPlanState cooperationPlan,
                                List<PilotProjectItem> pilotProjects) {
}
