package dk.samspil.platform.activity;

/**
 * The use of the funding pools (puljer) of one accounting year, in whole kroner.
 *
 * @param remaining   {@code amount - reserved - spent}
 * @param usedPercent reserved and spent together, in whole percent of the amount (0 for an empty pool)
 */
public record PoolUse(int year, long amount, long reserved, long spent, long remaining, int usedPercent) {

    public static PoolUse of(int year, long amount, long reserved, long spent) {
        int usedPercent = amount == 0 ? 0 : (int) Math.round((reserved + spent) * 100.0 / amount);
        return new PoolUse(year, amount, reserved, spent, amount - reserved - spent, usedPercent);
    }

    /** Null plus a pool is the pool: groups without any pool have none. */
    static PoolUse plus(PoolUse left, PoolUse right) {
        if (left == null || right == null) {
            return left == null ? right : left;
        }
        return of(left.year, left.amount + right.amount, left.reserved + right.reserved, left.spent + right.spent);
    }
}
