package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.activity.timeline.ActivityTimeline;
import dk.samspil.platform.activity.timeline.DistrictPicture;
import org.springframework.stereotype.Component;

/**
 * The district dashboard's figures at a past moment, from the platform's activity timeline: the municipalities'
 * activity as the live dashboard showed it then, and the concern, gathering and pilot figures. The council's own work
 * (decisions, local reports, priorities, the plan) is shown as it stands today on the live dashboard only.
 */
@Component
public class DistrictPictureProjection {

    private final ReferenceData referenceData = ReferenceData.instance();
    private final ActivityTimeline timeline;

    public DistrictPictureProjection(ActivityTimeline timeline) {
        this.timeline = timeline;
    }

    /** @throws dk.samspil.contracts.reference.UnknownPoliceDistrictException for an unknown district */
    public DistrictPicture handle(FetchDistrictPictureQuery query) {
        String code = referenceData.district(query.districtCode()).code();
        return timeline.pictureAt(query.asOf()).district(code).orElseThrow();
    }
}
