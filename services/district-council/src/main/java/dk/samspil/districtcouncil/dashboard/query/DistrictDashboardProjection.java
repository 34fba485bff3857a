package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.activity.DistrictActivity;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The district dashboards: the municipalities' activity from the platform's activity read model (one document per
 * municipality), and concerns, local reports, decisions, priorities, the cooperation plan and the pilot projects from
 * the coordination read model.
 */
@Component
public class DistrictDashboardProjection {

    private final ReferenceData referenceData = ReferenceData.instance();
    private final ActivityReadModel activity;
    private final CoordinationReadModel coordination;
    private final Clock clock;

    public DistrictDashboardProjection(ActivityReadModel activity, CoordinationReadModel coordination, Clock clock) {
        this.activity = activity;
        this.coordination = coordination;
        this.clock = clock;
    }

    public DistrictDashboard handle(FetchDistrictDashboardQuery query) {
        PoliceDistrict district = referenceData.district(query.districtCode());
        DistrictActivity districtActivity = activity.district(district);
        String code = district.code();
        return new DistrictDashboard(districtActivity, coordination.concerns(code), coordination.localReports(code),
                coordination.decisions(code, LocalDate.now(clock)),
                coordination.priorities(code).map(set -> DistrictPriorities.of(set, districtActivity)).orElse(null),
                coordination.cooperationPlan(code).orElse(null), coordination.pilotProjects(code));
    }
}
