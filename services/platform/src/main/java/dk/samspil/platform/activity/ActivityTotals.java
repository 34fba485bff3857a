package dk.samspil.platform.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * The figures of a group of municipalities (a police district, the country) added up.
 *
 * @param pool                   this year's pools together; null when none of the municipalities has one
 * @param municipalitiesWithPool how many of the municipalities have a pool this year
 * @param lastEventAt            when the group's latest event happened; null before the first
 */
public record ActivityTotals(@JsonUnwrapped InitiativeCounts initiatives, Budget budget, PoolUse pool,
                             long municipalitiesWithPool, long overdueStatusReports, ActionPlanCoverage actionPlans,
                             Instant lastEventAt) {

    public static ActivityTotals of(Collection<ActivitySummary> municipalities) {
        return new ActivityTotals(
                InitiativeCounts.sum(municipalities.stream().map(ActivitySummary::initiatives).toList()),
                municipalities.stream().map(ActivitySummary::budget).reduce(new Budget(0, 0), Budget::plus),
                municipalities.stream().map(ActivitySummary::pool).reduce(null, PoolUse::plus),
                municipalities.stream().map(ActivitySummary::pool).filter(Objects::nonNull).count(),
                municipalities.stream().mapToLong(ActivitySummary::overdueStatusReports).sum(),
                ActionPlanCoverage.of(municipalities.stream().map(ActivitySummary::actionPlan).toList()),
                municipalities.stream().map(ActivitySummary::lastEventAt).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null));
    }
}
