package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.platform.activity.InitiativeEntry;
import dk.samspil.platform.activity.InitiativeFigures;

import java.util.HashMap;
import java.util.Map;

/** An initiative: its figures in its municipality, counted exactly as the live activity read model counts them. */
record InitiativeHistory(String id, String districtCode, String municipalityCode, InitiativeEvent event, long sequence)
        implements TimelineEntity<InitiativeEntry> {

    @Override
    public Class<InitiativeEntry> stateType() {
        return InitiativeEntry.class;
    }

    @Override
    public InitiativeEntry after(InitiativeEntry before) {
        return InitiativeEntry.after(before, event, sequence);
    }

    @Override
    public Map<CounterKey, Long> contribution(InitiativeEntry entry) {
        Map<CounterKey, Long> counters = new HashMap<>();
        InitiativeFigures.contribution(entry).forEach((metric, amount) ->
                counters.put(CounterKey.ofMunicipality(districtCode, municipalityCode, metric), amount));
        return counters;
    }
}
