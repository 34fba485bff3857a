package dk.samspil.municipality.fundingpool.command;

import org.axonframework.serialization.Revision;

/** {@code amount}, {@code reserved} and {@code spent} are the pool's totals after the release. */
@Revision("1")
public record FundingPoolFundsReleasedEvent(String fundingPoolId, String municipalityCode, int accountingYear,
                                            String initiativeId, long releasedAmount,
                                            long amount, long reserved, long spent) {
}
