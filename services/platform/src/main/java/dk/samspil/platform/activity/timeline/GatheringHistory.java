package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.national.GatheringEvent;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringParticipants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A course, theme day, webinar or annual meeting: once held, it counts in its district (or nationally) and its
 * participants count in their own municipalities.
 */
record GatheringHistory(String id, GatheringEvent event) implements TimelineEntity<GatheringHistory.State> {

    record State(boolean held, List<GatheringParticipants> participants) {

        State {
            participants = List.copyOf(participants);
        }
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public State after(State before) {
        if (event instanceof GatheringHeld held) {
            return new State(true, held.participants());
        }
        return before != null && before.held() ? before : new State(false, List.of());
    }

    @Override
    public Map<CounterKey, Long> contribution(State state) {
        Map<CounterKey, Long> counters = new HashMap<>();
        if (state == null || !state.held()) {
            return counters;
        }
        counters.put(CounterKey.ofDistrict(event.districtCode(), Metrics.gatheringsHeld(event.kind())), 1L);
        state.participants().forEach(participants -> counters.merge(CounterKey.ofMunicipality(
                        participants.districtCode(), participants.municipalityCode(), Metrics.GATHERING_PARTICIPANTS),
                (long) participants.participants(), Long::sum));
        return counters;
    }
}
