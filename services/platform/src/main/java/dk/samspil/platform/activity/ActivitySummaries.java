package dk.samspil.platform.activity;

import dk.samspil.platform.activity.ActionPlanState.Period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

/**
 * Turns a municipality's activity into its figures as of today. What is overdue depends on the day it is read, so it
 * is worked out here, never stored.
 */
public final class ActivitySummaries {

    private final Clock clock;

    public ActivitySummaries(Clock clock) {
        this.clock = clock;
    }

    public ActivitySummary of(MunicipalityActivity activity) {
        LocalDate today = LocalDate.now(clock);
        InitiativeFigures initiatives = activity.initiatives();
        return new ActivitySummary(initiatives.counts(), initiatives.budget(), pool(activity, today.getYear()),
                initiatives.overdueStatusReports(today), actionPlan(activity, today), activity.lastEventAt());
    }

    private static PoolUse pool(MunicipalityActivity activity, int year) {
        return activity.fundingPools().values().stream()
                .filter(pool -> pool.year() == year)
                .map(pool -> PoolUse.of(year, pool.amount(), pool.reserved(), pool.spent()))
                .reduce(null, PoolUse::plus);
    }

    private static ActionPlanState actionPlan(MunicipalityActivity activity, LocalDate today) {
        return activity.actionPlans().entrySet().stream()
                .filter(plan -> plan.getValue().adoptedFor(today.getYear()))
                .max(Comparator.comparing((Map.Entry<String, ActionPlanEntry> plan) -> plan.getValue().firstYear())
                        .thenComparing(Map.Entry::getKey))
                .map(current -> {
                    ActionPlanEntry plan = current.getValue();
                    boolean overdue = plan.followUpDue() != null && plan.followUpDue().isBefore(today);
                    return new ActionPlanState(true, current.getKey(), new Period(plan.firstYear(), plan.lastYear()),
                            plan.followUpDue(), overdue, plan.presented());
                })
                .orElse(ActionPlanState.NONE);
    }
}
