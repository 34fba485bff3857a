package dk.samspil.municipality.fundingpool.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A secretariat's yearly pool (pulje) of money for initiatives. Approving a budget reserves its total; completion
 * settles the actual amount and returns the rest; withdrawal returns the whole reservation. Money leaves the pool only
 * until receipts are due, 15 December of its year.
 */
@Aggregate
public class FundingPool {

    public static final long MAXIMUM_AMOUNT = 100_000_000;
    private static final MonthDay RECEIPTS_DUE = MonthDay.of(12, 15);

    @AggregateIdentifier
    private String fundingPoolId;
    private String municipalityCode;
    private int accountingYear;
    private long amount;
    private long spent;
    private final Map<String, Long> reservations = new HashMap<>();

    protected FundingPool() {
        // for Axon
    }

    @CommandHandler
    public FundingPool(OpenFundingPoolCommand command) {
        if (command.amount() <= 0 || command.amount() > MAXIMUM_AMOUNT) {
            throw new FundingPoolRuleViolation("amount", "Puljens beløb skal være mellem 1 og " + MAXIMUM_AMOUNT + " kr.");
        }
        apply(new FundingPoolOpenedEvent(command.fundingPoolId(), command.municipalityCode(), command.accountingYear(),
                command.amount()));
    }

    /** The pool id of a municipality's pool for a year, e.g. {@code 0336-2026}. */
    public static String idOf(String municipalityCode, int accountingYear) {
        return municipalityCode + "-" + accountingYear;
    }

    /** Reserves an approved budget's total; refused when more than what is left, or after receipts were due. */
    public void reserve(String initiativeId, long budgetTotal, LocalDate today) {
        requireOpenForSettlement(today);
        if (reservations.containsKey(initiativeId)) {
            throw new FundingPoolRuleViolation("initiativeId", "Indsatsen har allerede en reservation i puljen " + fundingPoolId);
        }
        if (budgetTotal > remaining()) {
            throw new InsufficientFundsException(fundingPoolId, budgetTotal, remaining());
        }
        apply(new FundingPoolFundsReservedEvent(fundingPoolId, municipalityCode, accountingYear, initiativeId, budgetTotal,
                amount, reserved() + budgetTotal, spent));
    }

    /** Settles a completed initiative's final accounts: the actual amount is spent, the rest of its reservation returns. */
    public void settle(String initiativeId, long actualAmount, LocalDate today) {
        requireOpenForSettlement(today);
        long reservedAmount = reservationOf(initiativeId);
        long overrun = actualAmount - reservedAmount;
        if (overrun > remaining()) {
            throw new InsufficientFundsException(fundingPoolId, overrun, remaining());
        }
        apply(new FundingPoolFundsSettledEvent(fundingPoolId, municipalityCode, accountingYear, initiativeId,
                reservedAmount, actualAmount, amount, reserved() - reservedAmount, spent + actualAmount));
    }

    /** Returns a withdrawn initiative's whole reservation to the pool. */
    public void release(String initiativeId) {
        long reservedAmount = reservationOf(initiativeId);
        apply(new FundingPoolFundsReleasedEvent(fundingPoolId, municipalityCode, accountingYear, initiativeId,
                reservedAmount, amount, reserved() - reservedAmount, spent));
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public int accountingYear() {
        return accountingYear;
    }

    public long remaining() {
        return amount - reserved() - spent;
    }

    private long reserved() {
        return reservations.values().stream().mapToLong(Long::longValue).sum();
    }

    private long reservationOf(String initiativeId) {
        Long reservation = reservations.get(initiativeId);
        if (reservation == null) {
            throw new FundingPoolRuleViolation("initiativeId", "Indsatsen har ingen reservation i puljen " + fundingPoolId);
        }
        return reservation;
    }

    private void requireOpenForSettlement(LocalDate today) {
        if (today.isAfter(RECEIPTS_DUE.atYear(accountingYear))) {
            throw new FundingPoolRuleViolation("accountingYear", "Puljen " + accountingYear
                    + " er lukket: bilag skulle afleveres senest 15. december " + accountingYear);
        }
    }

    @EventSourcingHandler
    void on(FundingPoolOpenedEvent event) {
        fundingPoolId = event.fundingPoolId();
        municipalityCode = event.municipalityCode();
        accountingYear = event.accountingYear();
        amount = event.amount();
    }

    @EventSourcingHandler
    void on(FundingPoolFundsReservedEvent event) {
        reservations.put(event.initiativeId(), event.reservedAmount());
    }

    @EventSourcingHandler
    void on(FundingPoolFundsSettledEvent event) {
        reservations.remove(event.initiativeId());
        spent = event.spent();
    }

    @EventSourcingHandler
    void on(FundingPoolFundsReleasedEvent event) {
        reservations.remove(event.initiativeId());
    }
}
