package dk.samspil.municipality.fundingpool.command;

import org.axonframework.serialization.Revision;

/** {@code amount}, {@code reserved} and {@code spent} are the pool's totals after the reservation. */
@Revision("1")
public record FundingPoolFundsReservedEvent(String fundingPoolId, String municipalityCode, int accountingYear,
                                            String initiativeId, long reservedAmount,
                                            long amount, long reserved, long spent) {
}
