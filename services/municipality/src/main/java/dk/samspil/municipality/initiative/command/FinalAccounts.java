package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.samspil.municipality.initiative.command.ApplicationRules.MAXIMUM_AMOUNT;
import static dk.samspil.municipality.initiative.command.ApplicationRules.require;

/** The final accounts: an actual amount for every budget line, and for nothing else. */
final class FinalAccounts {

    private FinalAccounts() {
    }

    static List<BudgetLine> settle(List<BudgetLine> budgetLines, List<ActualAmount> actualAmounts) {
        Map<String, Long> byHeading = new HashMap<>();
        for (ActualAmount actual : actualAmounts == null ? List.<ActualAmount>of() : actualAmounts) {
            require(budgetLines.stream().anyMatch(line -> line.heading().equals(actual.heading())), "actualAmounts",
                    "Budgettet har ingen linje '" + actual.heading() + "'");
            require(actual.amount() != null && actual.amount() >= 0 && actual.amount() <= MAXIMUM_AMOUNT, "actualAmounts",
                    "Det faktiske beløb for '" + actual.heading() + "' skal være mellem 0 og " + MAXIMUM_AMOUNT + " kr.");
            require(byHeading.put(actual.heading(), actual.amount()) == null, "actualAmounts",
                    "Budgetlinjen '" + actual.heading() + "' har to faktiske beløb");
        }
        return budgetLines.stream().map(line -> {
            Long actual = byHeading.get(line.heading());
            require(actual != null, "actualAmounts", "Budgetlinjen '" + line.heading() + "' mangler sit faktiske beløb");
            return new BudgetLine(line.heading(), line.expectedAmount(), line.settlementMonth(), actual);
        }).toList();
    }
}
