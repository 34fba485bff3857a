package dk.samspil.nationalassociation.overview.query;

import dk.samspil.platform.activity.ActivityReadModel;
import org.springframework.stereotype.Component;

/**
 * The national overview, from the platform's activity read model (one document per municipality, 98 at most): the
 * overview reads them all with one query and adds them up per district and for the country.
 */
@Component
public class NationalOverviewProjection {

    private final ActivityReadModel activity;

    public NationalOverviewProjection(ActivityReadModel activity) {
        this.activity = activity;
    }

    public NationalOverview handle(FetchNationalOverviewQuery query) {
        return NationalOverview.of(activity.districts());
    }
}
