package dk.samspil.platform.activity;



/**
 * Money of funded initiatives (budget approved by the secretariat), in whole kroner.
 *
 * @param planned the approved budgets of funded initiatives that were not withdrawn
 * @param actual  the final accounts of funded initiatives that were completed
 */
public record Budget(long planned, long actual) {

    Budget plus(Budget other) {
        return new Budget(planned + other.planned, actual + other.actual);
    }
}
