package dk.samspil.web.home.query;

/**
 * A municipality's pool for one accounting year in whole kroner, as
 * {@code GET /api/municipalities/{kommunekode}/funding-pools/{year}} answers it: the amount, what approved budgets
 * have reserved, what final accounts have spent, and what is left.
 */
public record PoolTotals(int accountingYear, long amount, long reserved, long spent, long remaining) {
}
