package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;

import java.util.HashMap;
import java.util.Map;

/**
 * One municipality's part in one national project ({@code id} = project id / kommunekode): invited or joined, and the
 * project among the municipality's pilot projects, until it leaves.
 */
record PilotHistory(String id, String projectId, String districtCode, String municipalityCode, ProjectEvent event)
        implements TimelineEntity<PilotHistory.State> {

    enum Status { INVITED, JOINED, LEFT }

    record State(Status status) {
    }

    @Override
    public Class<State> stateType() {
        return State.class;
    }

    @Override
    public State after(State before) {
        if (event instanceof ProjectPilotMunicipalityInvited) {
            return new State(Status.INVITED);
        }
        return new State(event instanceof ProjectPilotMunicipalityJoined ? Status.JOINED : Status.LEFT);
    }

    @Override
    public Map<CounterKey, Long> contribution(State state) {
        Map<CounterKey, Long> counters = new HashMap<>();
        if (state == null || state.status() == Status.LEFT) {
            return counters;
        }
        String metric = state.status() == Status.INVITED ? Metrics.PILOTS_INVITED : Metrics.PILOTS_JOINED;
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, metric), 1L);
        counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, Metrics.PILOT_PROJECTS + projectId), 1L);
        return counters;
    }
}
