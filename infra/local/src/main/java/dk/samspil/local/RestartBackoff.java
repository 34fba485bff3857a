package dk.samspil.local;

import java.time.Duration;

/**
 * How long the launcher waits before it starts a service that stopped unexpectedly again: 1 s, then twice as long
 * after each stop that came soon after its start, at most a minute; a service that had run for a minute or more is a
 * new failure, not a crash loop, and starts over at 1 s.
 */
final class RestartBackoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(1);
    static final Duration STABLE = Duration.ofMinutes(1);

    private Duration next = FIRST;

    /** The wait before the next start, for a process that ran for {@code ranFor} before it stopped. */
    synchronized Duration after(Duration ranFor) {
        if (ranFor.compareTo(STABLE) >= 0) {
            next = FIRST;
        }
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : next.multipliedBy(2);
        return wait;
    }
}
