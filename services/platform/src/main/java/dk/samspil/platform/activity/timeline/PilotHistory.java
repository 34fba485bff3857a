package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * One municipality's part in one national project ({@code id} = project id / kommunekode): invited or joined, and the
 * project among the municipality's pilot projects, until it leaves.
 */
record PilotHistory(String id, String districtCode, ProjectPilotMunicipalityEvent event)
        implements TimelineEntity<PilotHistory.State> {

    record State(PilotStatus status) {
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public State after(State before) {
        return new State(event.pilotStatus());
    }

    @Override
    public Map<CounterKey, Long> contribution(State state) {
        Map<CounterKey, Long> counters = new HashMap<>();
        if (state == null || !state.status().takesPart()) {
            return counters;
        }
        String metric = state.status() == PilotStatus.INVITED ? Metrics.PILOTS_INVITED : Metrics.PILOTS_JOINED;
        String municipalityCode = event.municipalityCode();
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, metric), 1L);
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, Metrics.PILOT_PROJECTS + event.projectId()), 1L);
        return counters;
    }
}
