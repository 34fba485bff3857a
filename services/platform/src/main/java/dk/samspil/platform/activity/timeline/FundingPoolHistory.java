package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.municipality.FundingPoolEvent;
import dk.samspil.platform.activity.FundingPoolEntry;

import java.util.Map;

/** A funding pool: its amount, reserved and spent kroner under its accounting year, in its municipality. */
record FundingPoolHistory(String id, String districtCode, String municipalityCode, FundingPoolEvent event,
                          long sequence) implements TimelineEntity<FundingPoolEntry> {

    static final String AMOUNT = "amount";
    static final String RESERVED = "reserved";
    static final String SPENT = "spent";

    @Override
    public Class<FundingPoolEntry> stateType() {
        return FundingPoolEntry.class;
    }

    @Override
    public FundingPoolEntry after(FundingPoolEntry before) {
        return FundingPoolEntry.after(event, sequence);
    }

    @Override
    public Map<CounterKey, Long> contribution(FundingPoolEntry pool) {
        if (pool == null) {
            return Map.of();
        }
        return Map.of(counter(pool, AMOUNT), pool.amount(), counter(pool, RESERVED), pool.reserved(),
                counter(pool, SPENT), pool.spent());
    }

    private CounterKey counter(FundingPoolEntry pool, String part) {
        return CounterKey.ofMunicipality(districtCode, municipalityCode, Metrics.pool(pool.year(), part));
    }
}
