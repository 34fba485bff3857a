package dk.samspil.nationalassociation.overview.web;

import dk.samspil.nationalassociation.overview.query.FetchNationalOverviewQuery;
import dk.samspil.nationalassociation.overview.query.FetchNationalTrendsQuery;
import dk.samspil.nationalassociation.overview.query.NationalOverviewProjection;
import dk.samspil.platform.activity.timeline.ActivityTimeline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

@RestController
class NationalOverviewController {

    private final NationalOverviewProjection overview;
    private final ActivityTimeline timeline;
    private final TrendPeriods periods;
    private final Clock clock;

    NationalOverviewController(NationalOverviewProjection overview, ActivityTimeline timeline, Clock clock) {
        this.overview = overview;
        this.timeline = timeline;
        this.periods = new TrendPeriods(clock);
        this.clock = clock;
    }

    /** Now, or {@code asOf} a date or moment between the first event and now (else 400/422 naming the valid range). */
    @GetMapping("/api/national/overview")
    NationalOverviewResponse overview(@RequestParam(required = false) String asOf) {
        Instant moment = asOf == null ? clock.instant() : timeline.asOf(asOf);
        return NationalOverviewResponse.of(overview.handle(new FetchNationalOverviewQuery(moment)));
    }

    /** Month by month; the last twelve months to this one by default, the country unless a district is named. */
    @GetMapping("/api/national/trends")
    NationalTrendsResponse trends(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String district) {
        FetchNationalTrendsQuery query = periods.query(from, to, district);
        return NationalTrendsResponse.of(overview.handle(query));
    }
}
