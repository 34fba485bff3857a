package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.funding-pool-opened.v1}: a secretariat opened its pool (pulje) for a year. */
public record FundingPoolOpened(String fundingPoolId, String municipalityCode, int accountingYear, long amount)
        implements FundingPoolEvent {

    @Override
    public long reserved() {
        return 0;
    }

    @Override
    public long spent() {
        return 0;
    }
}
