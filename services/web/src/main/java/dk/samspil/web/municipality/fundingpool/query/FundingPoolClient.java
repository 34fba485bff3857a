package dk.samspil.web.municipality.fundingpool.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** The municipality service's yearly pools: every year's, and opening the pool for a year. */
@Component
public class FundingPoolClient {

    private static final String POOLS = "/api/municipalities/{kommunekode}/funding-pools";

    private final SamspilApi api;

    FundingPoolClient(SamspilApi api) {
        this.api = api;
    }

    /** Oldest year first, as the service lists them. */
    public List<FundingPool> pools(String kommunekode) {
        return List.of(api.get(FundingPool[].class, POOLS, kommunekode));
    }

    public void open(String kommunekode, OpenPool pool) {
        api.post(Void.class, pool, POOLS, kommunekode);
    }

    /** {@code amount} in whole kroner. */
    public record OpenPool(int accountingYear, long amount) {
    }
}
