package dk.samspil.web.home.query;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.api.SamspilApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The totals of a municipality's yearly pool, for the overview; the pool page has its own client. */
@Component
public class PoolTotalsClient {

    private final SamspilApi api;

    PoolTotalsClient(SamspilApi api) {
        this.api = api;
    }

    /** Empty when the secretariat has not opened a pool for the year (the service answers 404). */
    public Optional<PoolTotals> ofYear(String kommunekode, int accountingYear) {
        try {
            return Optional.of(api.get(PoolTotals.class, "/api/municipalities/{kommunekode}/funding-pools/{year}",
                    kommunekode, accountingYear));
        } catch (ApiRefusedException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw refused;
        }
    }
}
