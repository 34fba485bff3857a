package dk.samspil.contracts.municipality;

import java.time.YearMonth;

/**
 * One line of an initiative's budget: expense heading, expected amount in whole kroner and the month it is settled in;
 * {@code actualAmount} is null until the final accounts.
 */
public record BudgetLine(String heading, long expectedAmount, YearMonth settlementMonth, Long actualAmount) {
}
