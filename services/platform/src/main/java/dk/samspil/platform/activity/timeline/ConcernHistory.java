package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A concern: raised, open and escalated in the raising municipality, and "escalated to" in each district it was
 * escalated to.
 */
record ConcernHistory(String id, String districtCode, String municipalityCode, ConcernEvent event)
        implements TimelineEntity<ConcernHistory.State> {

    /** @param escalations how often the raising municipality escalated it */
    record State(boolean open, int escalations, List<String> escalatedTo) {

        State {
            escalatedTo = List.copyOf(escalatedTo);
        }
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public State after(State before) {
        State state = before != null ? before : new State(true, 0, List.of());
        if (event instanceof ConcernEscalated escalated) {
            return new State(escalated.status().isOpen(), state.escalations() + 1, escalated.escalatedDistrictCodes());
        }
        return new State(event.status().isOpen(), state.escalations(), state.escalatedTo());
    }

    @Override
    public Map<CounterKey, Long> contribution(State state) {
        Map<CounterKey, Long> counters = new HashMap<>();
        if (state == null) {
            return counters;
        }
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, Metrics.CONCERNS_RAISED), 1L);
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, Metrics.CONCERNS_OPEN), state.open() ? 1L : 0L);
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, Metrics.CONCERNS_ESCALATED),
                (long) state.escalations());
        state.escalatedTo().forEach(district ->
                counters.put(CounterKey.ofDistrict(district, Metrics.CONCERNS_ESCALATED_TO), 1L));
        return counters;
    }
}
