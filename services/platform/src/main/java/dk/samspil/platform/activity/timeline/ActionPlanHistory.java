package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.municipality.ActionPlanEvent;
import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.platform.activity.ActionPlanEntry;

import java.util.HashMap;
import java.util.Map;

/**
 * An action plan: once adopted, its period, next follow-up and presentation are counters named after the plan, so the
 * plan can be read back at any moment to tell whether it was the municipality's current plan and late with its
 * follow-up.
 */
record ActionPlanHistory(String id, String districtCode, String municipalityCode, ActionPlanEvent event, long sequence)
        implements TimelineEntity<ActionPlanEntry> {

    @Override
    public Class<ActionPlanEntry> stateType() {
        return ActionPlanEntry.class;
    }

    @Override
    public ActionPlanEntry after(ActionPlanEntry before) {
        return ActionPlanEntry.after(before, event, sequence);
    }

    @Override
    public Map<CounterKey, Long> contribution(ActionPlanEntry plan) {
        Map<CounterKey, Long> counters = new HashMap<>();
        if (plan == null || plan.status() != ActionPlanStatus.ADOPTED || plan.firstYear() == null || plan.lastYear() == null) {
            return counters;
        }
        String prefix = Metrics.ACTION_PLANS + id;
        counters.put(counter(prefix + Metrics.ADOPTED + plan.firstYear() + "-" + plan.lastYear()), 1L);
        if (plan.followUpDue() != null) {
            counters.put(counter(prefix + Metrics.FOLLOW_UP_DUE + plan.followUpDue()), 1L);
        }
        if (plan.presented()) {
            counters.put(counter(prefix + Metrics.PRESENTED), 1L);
        }
        return counters;
    }

    private CounterKey counter(String metric) {
        return CounterKey.ofMunicipality(districtCode, municipalityCode, metric);
    }
}
