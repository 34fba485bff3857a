package dk.samspil.municipality.fundingpool.query;

import java.util.List;

/** A pool with its totals in whole kroner, its open reservations and its settled final accounts. */
public record FundingPoolView(String id, String municipalityCode, int accountingYear, long amount, long reserved,
                              long spent, long remaining, List<Reservation> reservations, List<Settlement> settlements) {

    public record Reservation(String initiativeId, long amount) {
    }

    public record Settlement(String initiativeId, long reservedAmount, long actualAmount) {
    }
}
