package dk.samspil.contracts.municipality;

/**
 * Every published funding-pool event names the pool, its owner and year, and the pool's totals after the event in
 * whole kroner: {@code remaining = amount - reserved - spent}.
 */
public interface FundingPoolEvent {

    String fundingPoolId();

    String municipalityCode();

    int accountingYear();

    long amount();

    long reserved();

    long spent();

    default long remaining() {
        return amount() - reserved() - spent();
    }
}
