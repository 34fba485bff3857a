package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.municipality.FundingPoolFundsReleased;
import dk.samspil.contracts.municipality.FundingPoolFundsReserved;
import dk.samspil.contracts.municipality.FundingPoolFundsSettled;
import dk.samspil.contracts.municipality.FundingPoolOpened;

import java.time.Instant;

import static dk.samspil.platform.testing.ContractEnvelopes.envelope;

/**
 * Funding-pool events as a municipality publishes them, for the pool {@code <kommunekode>-<year>}; each carries the
 * pool's totals after it ({@code amount}, {@code reserved}, {@code spent}).
 */
public final class FundingPoolEvents {

    private FundingPoolEvents() {
    }

    public static String poolId(String kommunekode, int year) {
        return kommunekode + "-" + year;
    }

    public static EventEnvelope<FundingPoolOpened> opened(String kommunekode, int year, long amount, Instant time) {
        return envelope(EventTypes.FUNDING_POOL_OPENED, poolId(kommunekode, year), kommunekode, 0, time,
                new FundingPoolOpened(poolId(kommunekode, year), kommunekode, year, amount));
    }

    public static EventEnvelope<FundingPoolFundsReserved> reserved(String kommunekode, int year, long sequence,
                                                                   String initiativeId, long reservedAmount,
                                                                   long amount, long reserved, long spent,
                                                                   Instant time) {
        return envelope(EventTypes.FUNDING_POOL_FUNDS_RESERVED, poolId(kommunekode, year), kommunekode, sequence, time,
                new FundingPoolFundsReserved(poolId(kommunekode, year), kommunekode, year, initiativeId, reservedAmount,
                        amount, reserved, spent));
    }

    public static EventEnvelope<FundingPoolFundsSettled> settled(String kommunekode, int year, long sequence,
                                                                 String initiativeId, long reservedAmount,
                                                                 long actualAmount, long amount, long reserved,
                                                                 long spent, Instant time) {
        return envelope(EventTypes.FUNDING_POOL_FUNDS_SETTLED, poolId(kommunekode, year), kommunekode, sequence, time,
                new FundingPoolFundsSettled(poolId(kommunekode, year), kommunekode, year, initiativeId, reservedAmount,
                        actualAmount, amount, reserved, spent));
    }

    public static EventEnvelope<FundingPoolFundsReleased> released(String kommunekode, int year, long sequence,
                                                                   String initiativeId, long releasedAmount,
                                                                   long amount, long reserved, long spent,
                                                                   Instant time) {
        return envelope(EventTypes.FUNDING_POOL_FUNDS_RELEASED, poolId(kommunekode, year), kommunekode, sequence, time,
                new FundingPoolFundsReleased(poolId(kommunekode, year), kommunekode, year, initiativeId, releasedAmount,
                        amount, reserved, spent));
    }
}
