package dk.samspil.web.figures;

/** Approved budgets of initiatives, and what was actually spent at their final accounts, in kroner. */
public record Budget(long planned, long actual) {
}
