package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.funding-pool-funds-released.v1}: a withdrawn initiative's reservation went back. */
public record FundingPoolFundsReleased(String fundingPoolId, String municipalityCode, int accountingYear,
                                       String initiativeId, long releasedAmount,
                                       long amount, long reserved, long spent) implements FundingPoolEvent {
}
