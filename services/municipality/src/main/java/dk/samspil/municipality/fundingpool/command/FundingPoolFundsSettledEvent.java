package dk.samspil.municipality.fundingpool.command;

import org.axonframework.serialization.Revision;

/** {@code amount}, {@code reserved} and {@code spent} are the pool's totals after the settlement. */
@Revision("1")
public record FundingPoolFundsSettledEvent(String fundingPoolId, String municipalityCode, int accountingYear,
                                           String initiativeId, long reservedAmount, long actualAmount,
                                           long amount, long reserved, long spent) {
}
