package dk.samspil.web.municipality.fundingpool.query;

import java.util.List;

/**
 * A municipality's pool for one accounting year as {@code GET /api/municipalities/{kommunekode}/funding-pools}
 * answers it, in whole kroner: its amount, what approved budgets have reserved, what completed initiatives spent
 * (their final accounts settled) and what is left; the open reservations and the settlements per initiative.
 */
public record FundingPool(String id, String municipalityCode, int accountingYear, long amount, long reserved,
                          long spent, long remaining, List<Reservation> reservations, List<Settlement> settlements) {

    public FundingPool {
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
        settlements = settlements == null ? List.of() : List.copyOf(settlements);
    }

    public record Reservation(String initiativeId, long amount) {
    }

    /** {@code reservedAmount} was reserved when the budget was approved; {@code actualAmount} was spent. */
    public record Settlement(String initiativeId, long reservedAmount, long actualAmount) {
    }
}
