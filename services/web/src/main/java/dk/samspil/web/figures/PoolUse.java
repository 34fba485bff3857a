package dk.samspil.web.figures;

/** A year's funding pool (pulje): what it holds, what approved budgets reserve, and what is spent. */
public record PoolUse(int year, long amount, long reserved, long spent, long remaining, int usedPercent) {
}
