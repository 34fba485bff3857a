package dk.samspil.nationalassociation.overview.query;

import dk.samspil.platform.activity.timeline.ActivityTimeline;
import dk.samspil.platform.activity.timeline.TimelinePicture;
import org.springframework.stereotype.Component;

/**
 * The national overview and its trends, read from the platform's activity timeline: now and at any moment since the
 * first event are answered the same way, so the overview of today and of a past day can be compared line by line.
 */
@Component
public class NationalOverviewProjection {

    private final ActivityTimeline timeline;

    public NationalOverviewProjection(ActivityTimeline timeline) {
        this.timeline = timeline;
    }

    public TimelinePicture handle(FetchNationalOverviewQuery query) {
        return timeline.pictureAt(query.asOf());
    }

    public NationalTrends handle(FetchNationalTrendsQuery query) {
        return NationalTrends.of(query, timeline.months(query.from(), query.to()));
    }
}
