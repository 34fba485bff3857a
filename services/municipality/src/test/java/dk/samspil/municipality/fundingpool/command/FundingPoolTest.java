package dk.samspil.municipality.fundingpool.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * The pool's rules. Reservations, settlements and releases are steps of the initiative's command handlers, which load
 * the pool through its repository; {@link PoolSteps} does the same here.
 */
class FundingPoolTest {

    private static final String POOL = "0336-2026";
    private static final LocalDate AUTUMN = LocalDate.parse("2026-10-01");
    private static final LocalDate RECEIPTS_DUE = LocalDate.parse("2026-12-15");

    private AggregateTestFixture<FundingPool> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundingPool.class);
        fixture.registerAnnotatedCommandHandler(new PoolSteps(fixture.getRepository()));
    }

    @Test
    void opening_a_pool_records_its_year_and_amount() {
        fixture.givenNoPriorActivity()
                .when(new OpenFundingPoolCommand(POOL, "0336", 2026, 300_000))
                .expectEvents(new FundingPoolOpenedEvent(POOL, "0336", 2026, 300_000));
    }

    @Test
    void a_pool_without_money_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenFundingPoolCommand(POOL, "0336", 2026, 0))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("amount")))
                .expectNoEvents();
    }

    @Test
    void a_pool_above_the_maximum_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenFundingPoolCommand(POOL, "0336", 2026, FundingPool.MAXIMUM_AMOUNT + 1))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("amount")))
                .expectNoEvents();
    }

    @Test
    void a_pool_of_the_maximum_amount_opens() {
        fixture.givenNoPriorActivity()
                .when(new OpenFundingPoolCommand(POOL, "0336", 2026, FundingPool.MAXIMUM_AMOUNT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FundingPoolOpenedEvent(POOL, "0336", 2026, FundingPool.MAXIMUM_AMOUNT));
    }

    @Test
    void a_budget_within_the_remaining_amount_is_reserved() {
        fixture.given(opened(), reserved("i-1", 200_000, 200_000))
                .when(new Reserve("i-2", 100_000, AUTUMN))
                .expectEvents(reserved("i-2", 100_000, 300_000));
    }

    @Test
    void a_budget_larger_than_the_remaining_amount_is_refused_naming_the_remaining() {
        fixture.given(opened(), reserved("i-1", 250_000, 250_000))
                .when(new Reserve("i-2", 50_001, AUTUMN))
                .expectException(InsufficientFundsException.class)
                .expectException(predicate((InsufficientFundsException e) -> e.remaining() == 50_000))
                .expectNoEvents();
    }

    @Test
    void an_initiative_cannot_reserve_twice() {
        fixture.given(opened(), reserved("i-1", 10_000, 10_000))
                .when(new Reserve("i-1", 10_000, AUTUMN))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("initiativeId")))
                .expectNoEvents();
    }

    @Test
    void settling_under_budget_spends_the_actual_amount_and_returns_the_rest() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000))
                .when(new Settle("i-1", 80_000, AUTUMN))
                .expectEvents(new FundingPoolFundsSettledEvent(POOL, "0336", 2026, "i-1", 100_000, 80_000,
                        300_000, 0, 80_000));
    }

    @Test
    void an_overrun_within_the_remaining_amount_is_settled() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000), reserved("i-2", 150_000, 250_000))
                .when(new Settle("i-1", 150_000, AUTUMN))
                .expectEvents(new FundingPoolFundsSettledEvent(POOL, "0336", 2026, "i-1", 100_000, 150_000,
                        300_000, 150_000, 150_000));
    }

    @Test
    void an_overrun_beyond_the_remaining_amount_is_refused() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000), reserved("i-2", 150_000, 250_000))
                .when(new Settle("i-1", 150_001, AUTUMN))
                .expectException(predicate((InsufficientFundsException e) -> e.remaining() == 50_000))
                .expectNoEvents();
    }

    @Test
    void settling_without_a_reservation_is_refused() {
        fixture.given(opened())
                .when(new Settle("i-1", 1_000, AUTUMN))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("initiativeId")))
                .expectNoEvents();
    }

    @Test
    void releasing_returns_the_whole_reservation() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000), reserved("i-2", 50_000, 150_000))
                .when(new Release("i-1"))
                .expectEvents(new FundingPoolFundsReleasedEvent(POOL, "0336", 2026, "i-1", 100_000, 300_000, 50_000, 0));
    }

    @Test
    void releasing_without_a_reservation_is_refused() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000), new FundingPoolFundsReleasedEvent(POOL, "0336",
                        2026, "i-1", 100_000, 300_000, 0, 0))
                .when(new Release("i-1"))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("initiativeId")))
                .expectNoEvents();
    }

    @Test
    void settling_on_15_december_is_still_accepted() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000))
                .when(new Settle("i-1", 100_000, RECEIPTS_DUE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void settling_after_15_december_of_the_pool_year_is_refused() {
        fixture.given(opened(), reserved("i-1", 100_000, 100_000))
                .when(new Settle("i-1", 100_000, RECEIPTS_DUE.plusDays(1)))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("accountingYear")))
                .expectNoEvents();
    }

    @Test
    void reserving_after_15_december_of_the_pool_year_is_refused() {
        fixture.given(opened())
                .when(new Reserve("i-1", 1_000, RECEIPTS_DUE.plusDays(1)))
                .expectException(predicate((FundingPoolRuleViolation e) -> e.field().equals("accountingYear")))
                .expectNoEvents();
    }

    private static FundingPoolOpenedEvent opened() {
        return new FundingPoolOpenedEvent(POOL, "0336", 2026, 300_000);
    }

    private static FundingPoolFundsReservedEvent reserved(String initiativeId, long amount, long reservedAfter) {
        return new FundingPoolFundsReservedEvent(POOL, "0336", 2026, initiativeId, amount, 300_000, reservedAfter, 0);
    }

    record Reserve(String initiativeId, long budgetTotal, LocalDate today) {
    }

    record Settle(String initiativeId, long actualAmount, LocalDate today) {
    }

    record Release(String initiativeId) {
    }

    /** Test commands for the pool's public steps; all address {@link #POOL}. */
    static class PoolSteps {

        private final Repository<FundingPool> pools;

        PoolSteps(Repository<FundingPool> pools) {
            this.pools = pools;
        }

        @CommandHandler
        void handle(Reserve command) {
            pools.load(POOL).execute(pool -> pool.reserve(command.initiativeId(), command.budgetTotal(), command.today()));
        }

        @CommandHandler
        void handle(Settle command) {
            pools.load(POOL).execute(pool -> pool.settle(command.initiativeId(), command.actualAmount(), command.today()));
        }

        @CommandHandler
        void handle(Release command) {
            pools.load(POOL).execute(pool -> pool.release(command.initiativeId()));
        }
    }
}
