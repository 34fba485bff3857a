package dk.samspil.gateway;

/**
 * One client's allowance: a token bucket that holds up to {@code burst} tokens, refills at a steady rate, and every
 * request takes one. Kept in its exact equivalent form (the generic cell rate algorithm): the time at which the
 * bucket will be full again, in whole nanoseconds, so that no rounding builds up. Times are
 * {@link System#nanoTime()} readings.
 */
final class TokenBucket {

    private final long nanosPerToken;
    /** How far ahead of now "full again" may be while a token is left: the time to refill all but one. */
    private final long slack;
    private long fullAt;

    TokenBucket(int burst, long nanosPerToken, long now) {
        this.nanosPerToken = nanosPerToken;
        this.slack = (burst - 1) * nanosPerToken;
        this.fullAt = now;
    }

    /** Takes a token if there is one and answers 0; otherwise takes nothing and answers the nanoseconds until one. */
    synchronized long take(long now) {
        long from = Math.max(fullAt, now);
        long wait = from - now - slack;
        if (wait > 0) {
            return wait;
        }
        fullAt = from + nanosPerToken;
        return 0;
    }

    /** A full bucket is the same as a new one. */
    synchronized boolean isFullAt(long now) {
        return fullAt - now <= 0;
    }
}
