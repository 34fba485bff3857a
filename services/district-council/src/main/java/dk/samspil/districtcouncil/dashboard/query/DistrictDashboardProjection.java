package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.activity.DistrictActivity;
import org.springframework.stereotype.Component;

/**
 * The district dashboards, from the platform's activity read model (one document per municipality); a dashboard reads
 * the documents of its district's municipalities.
 */
@Component
public class DistrictDashboardProjection {

    private final ReferenceData referenceData = ReferenceData.instance();
    private final ActivityReadModel activity;

    public DistrictDashboardProjection(ActivityReadModel activity) {
        this.activity = activity;
    }

    public DistrictActivity handle(FetchDistrictDashboardQuery query) {
        return activity.district(referenceData.district(query.districtCode()));
    }
}
