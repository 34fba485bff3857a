package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.funding-pool-funds-reserved.v1}: an approved budget's total was reserved. */
public record FundingPoolFundsReserved(String fundingPoolId, String municipalityCode, int accountingYear,
                                       String initiativeId, long reservedAmount,
                                       long amount, long reserved, long spent) implements FundingPoolEvent {
}
