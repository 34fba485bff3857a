package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.FundingPoolEvent;

/** One funding pool (pulje) of a municipality: its totals after the last event, in whole kroner. */
public record FundingPoolEntry(long sequence, int year, long amount, long reserved, long spent) implements ActivityEntry {

    /** Every pool event carries the pool's totals after it, so the entry is the last event's totals. */
    public static FundingPoolEntry after(FundingPoolEvent event, long sequence) {
        return new FundingPoolEntry(sequence, event.accountingYear(), event.amount(), event.reserved(), event.spent());
    }
}
