package dk.samspil.contracts.municipality;

/**
 * {@code dk.samspil.municipality.funding-pool-funds-settled.v1}: a completed initiative's final accounts were settled:
 * its reservation became {@code actualAmount} spent, and what it did not use went back to the pool.
 */
public record FundingPoolFundsSettled(String fundingPoolId, String municipalityCode, int accountingYear,
                                      String initiativeId, long reservedAmount, long actualAmount,
                                      long amount, long reserved, long spent) implements FundingPoolEvent {
}
