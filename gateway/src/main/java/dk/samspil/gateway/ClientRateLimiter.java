package dk.samspil.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in memory. Buckets of clients that have been quiet long enough to be full again are
 * dropped, so memory holds only the clients of about the last two refill times (4 s with the defaults), however
 * many have ever called.
 */
final class ClientRateLimiter {

    private final int burst;
    private final long nanosPerToken;
    private final LongSupplier nanoClock;
    /** How long an empty bucket takes to be full again: the longest a client's bucket is worth keeping. */
    private final long refillNanos;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextEvictionAt;

    ClientRateLimiter(double requestsPerSecond, int burst, LongSupplier nanoClock) {
        this.burst = burst;
        this.nanosPerToken = Math.max(1, Math.round(1_000_000_000d / requestsPerSecond));
        this.nanoClock = nanoClock;
        this.refillNanos = burst * nanosPerToken;
        this.nextEvictionAt = new AtomicLong(nanoClock.getAsLong() + refillNanos);
    }

    /** Takes one request's token from the client's bucket: empty when allowed, else how long until it may retry. */
    Optional<Duration> take(String client) {
        long now = nanoClock.getAsLong();
        evictIdleClients(now);
        long wait = buckets.computeIfAbsent(client, newClient -> new TokenBucket(burst, nanosPerToken, now))
                .take(now);
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    /** How many clients have a bucket now. */
    int trackedClients() {
        return buckets.size();
    }

    /**
     * At most once per refill time, by whichever request comes first. Dropping a full bucket loses nothing; a
     * request racing with the drop may at worst get one extra token from a fresh bucket.
     */
    private void evictIdleClients(long now) {
        long due = nextEvictionAt.get();
        if (now - due >= 0 && nextEvictionAt.compareAndSet(due, now + refillNanos)) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }
}
