package dk.samspil.municipality.fundingpool.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReleasedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReservedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsSettledEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolOpenedEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FundingPoolProjectionTest {

    private MongoClient client;
    private FundingPoolProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new FundingPoolProjection(client.getDatabase("funding-pools-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shows_an_opened_pool_with_everything_remaining() {
        projection.on(new FundingPoolOpenedEvent("0336-2026", "0336", 2026, 300_000), 0);

        assertThat(pool("0336-2026")).isEqualTo(new FundingPoolView("0336-2026", "0336", 2026, 300_000, 0, 0, 300_000,
                List.of(), List.of()));
    }

    @Test
    void follows_reservations_settlements_and_releases() {
        projection.on(new FundingPoolOpenedEvent("0336-2026", "0336", 2026, 300_000), 0);
        projection.on(new FundingPoolFundsReservedEvent("0336-2026", "0336", 2026, "i-1", 100_000, 300_000, 100_000, 0), 1);
        projection.on(new FundingPoolFundsReservedEvent("0336-2026", "0336", 2026, "i-2", 50_000, 300_000, 150_000, 0), 2);
        projection.on(new FundingPoolFundsSettledEvent("0336-2026", "0336", 2026, "i-1", 100_000, 80_000, 300_000, 50_000, 80_000), 3);
        projection.on(new FundingPoolFundsReservedEvent("0336-2026", "0336", 2026, "i-3", 20_000, 300_000, 70_000, 80_000), 4);
        projection.on(new FundingPoolFundsReleasedEvent("0336-2026", "0336", 2026, "i-2", 50_000, 300_000, 20_000, 80_000), 5);

        FundingPoolView pool = pool("0336-2026");
        assertThat(pool.reserved()).isEqualTo(20_000);
        assertThat(pool.spent()).isEqualTo(80_000);
        assertThat(pool.remaining()).isEqualTo(200_000);
        assertThat(pool.reservations()).containsExactly(new FundingPoolView.Reservation("i-3", 20_000));
        assertThat(pool.settlements()).containsExactly(new FundingPoolView.Settlement("i-1", 100_000, 80_000));
    }

    @Test
    void a_replayed_event_changes_nothing() {
        projection.on(new FundingPoolOpenedEvent("0336-2026", "0336", 2026, 300_000), 0);
        FundingPoolFundsReservedEvent reserved =
                new FundingPoolFundsReservedEvent("0336-2026", "0336", 2026, "i-1", 100_000, 300_000, 100_000, 0);
        projection.on(reserved, 1);

        projection.on(reserved, 1);
        projection.on(new FundingPoolOpenedEvent("0336-2026", "0336", 2026, 300_000), 0);

        assertThat(pool("0336-2026").reservations()).containsExactly(new FundingPoolView.Reservation("i-1", 100_000));
        assertThat(pool("0336-2026").reserved()).isEqualTo(100_000);
    }

    @Test
    void lists_a_municipality_s_pools_by_year_and_nobody_else_s() {
        projection.on(new FundingPoolOpenedEvent("0336-2027", "0336", 2027, 310_000), 0);
        projection.on(new FundingPoolOpenedEvent("0336-2026", "0336", 2026, 300_000), 0);
        projection.on(new FundingPoolOpenedEvent("0101-2026", "0101", 2026, 2_000_000), 0);

        assertThat(projection.handle(new FetchMunicipalityFundingPoolsQuery("0336")))
                .extracting(FundingPoolView::id).containsExactly("0336-2026", "0336-2027");
    }

    @Test
    void an_unknown_pool_is_empty_and_a_reset_empties_all() {
        projection.on(new FundingPoolOpenedEvent("0336-2026", "0336", 2026, 300_000), 0);
        assertThat(projection.handle(new FetchFundingPoolQuery("0336-2025"))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FetchFundingPoolQuery("0336-2026"))).isEmpty();
    }

    private FundingPoolView pool(String id) {
        return projection.handle(new FetchFundingPoolQuery(id)).orElseThrow();
    }
}
