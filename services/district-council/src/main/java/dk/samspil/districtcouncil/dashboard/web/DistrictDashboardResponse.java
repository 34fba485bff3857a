package dk.samspil.districtcouncil.dashboard.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.districtcouncil.dashboard.query.CooperationPlanState;
import dk.samspil.districtcouncil.dashboard.query.DecisionItem;
import dk.samspil.districtcouncil.dashboard.query.DistrictConcerns;
import dk.samspil.districtcouncil.dashboard.query.DistrictDashboard;
import dk.samspil.districtcouncil.dashboard.query.DistrictPriorities;
import dk.samspil.districtcouncil.dashboard.query.LocalCouncilReport;
import dk.samspil.districtcouncil.dashboard.query.PilotProjectItem;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.Labels;
import dk.samspil.platform.activity.MunicipalitySummary;

import java.time.Instant;
import java.util.List;

/**
 * A district's dashboard: totals and one line per municipality ({@code code}, {@code name}, {@code initiatives},
 * {@code byStatus}, {@code byPreventionLevel}, {@code byScope}, {@code byTheme}, {@code budget}, {@code pool},
 * {@code overdueStatusReports}, {@code actionPlan}), with the Danish labels of the codes once at the top; then the
 * open concerns, the local councils' latest reports, the decisions and their implementation, the priorities and their
 * coverage, the published cooperation plan ({@code priorities} and {@code cooperationPlan} are null until set), and
 * the national projects with pilot municipalities of the district invited or taking part.
 */
public record DistrictDashboardResponse(String districtCode, String districtName, Instant lastEventAt,
                                        ActivityTotals totals, List<MunicipalitySummary> municipalities,
                                        @JsonUnwrapped Labels labels, DistrictConcerns concerns,
                                        List<LocalCouncilReport> localReports, List<DecisionItem> decisions,
                                        @JsonInclude(JsonInclude.Include.ALWAYS) DistrictPriorities priorities,
                                        @JsonInclude(JsonInclude.Include.ALWAYS) CooperationPlanState cooperationPlan,
                                        List<PilotProjectItem> pilotProjects) {

    static DistrictDashboardResponse of(DistrictDashboard dashboard) {
        DistrictActivity district = dashboard.activity();
        return new DistrictDashboardResponse(district.code(), district.name(), district.totals().lastEventAt(),
                district.totals(), district.municipalities(), Labels.DANISH, dashboard.concerns(),
                dashboard.localReports(), dashboard.decisions(), dashboard.priorities(), dashboard.cooperationPlan(),
                dashboard.pilotProjects());
    }
}
