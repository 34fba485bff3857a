package dk.samspil.platform.activity;

import dk.samspil.contracts.municipality.InitiativeStatus;

import java.util.Collection;

/**
 * Money of funded initiatives (budget approved by the secretariat), in whole kroner.
 *
 * @param planned the approved budgets of funded initiatives that were not withdrawn
 * @param actual  the final accounts of funded initiatives that were completed
 */
public record Budget(long planned, long actual) {

    static Budget of(Collection<InitiativeEntry> initiatives) {
        long planned = 0;
        long actual = 0;
        for (InitiativeEntry initiative : initiatives) {
            if (!initiative.funded() || initiative.status() == InitiativeStatus.WITHDRAWN) {
                continue;
            }
            planned += initiative.budgetTotal() == null ? 0 : initiative.budgetTotal();
            if (initiative.status() == InitiativeStatus.COMPLETED && initiative.actualTotal() != null) {
                actual += initiative.actualTotal();
            }
        }
        return new Budget(planned, actual);
    }

    Budget plus(Budget other) {
        return new Budget(planned + other.planned, actual + other.actual);
    }
}
