package dk.samspil.local.bench;

import java.util.concurrent.TimeUnit;

/** A load sent at a fixed rate: the i-th send is due at start + i × interval, however late the ones before it were. */
final class FixedRate {

    private final long start = System.nanoTime();
    private final long intervalNanos;

    FixedRate(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** Returns when the i-th send is due (at once if it is overdue). */
    void awaitTurn(long i) throws InterruptedException {
        long wait = start + i * intervalNanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Sends per second since the start. */
    double achieved(long sent) {
        return sent / ((System.nanoTime() - start) / 1e9);
    }
}
