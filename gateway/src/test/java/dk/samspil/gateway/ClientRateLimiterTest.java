package dk.samspil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    // 2 requests a second, 4 at once: a bucket refills completely in 2 seconds.
    private final ClientRateLimiter limiter = new ClientRateLimiter(2, 4, clock::get);

    @Test
    void allowsTheBurstAtOnceThenTellsHowLongUntilTheNextToken() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.take("10.0.0.1")).as("request %d", i + 1).isEmpty();
        }

        assertThat(limiter.take("10.0.0.1")).contains(Duration.ofMillis(500));
        after(Duration.ofMillis(200));
        assertThat(limiter.take("10.0.0.1")).contains(Duration.ofMillis(300));
    }

    @Test
    void refillsAtTheSteadyRate() {
        useUpTheBurstOf("10.0.0.1");

        after(Duration.ofMillis(500));
        assertThat(limiter.take("10.0.0.1")).isEmpty();
        assertThat(limiter.take("10.0.0.1")).isPresent();

        after(Duration.ofSeconds(1));
        assertThat(limiter.take("10.0.0.1")).isEmpty();
        assertThat(limiter.take("10.0.0.1")).isEmpty();
        assertThat(limiter.take("10.0.0.1")).isPresent();
    }

    @Test
    void aLongPauseGivesNoMoreThanTheBurst() {
        useUpTheBurstOf("10.0.0.1");

        after(Duration.ofHours(1));

        useUpTheBurstOf("10.0.0.1");
        assertThat(limiter.take("10.0.0.1")).isPresent();
    }

    @Test
    void clientsHaveBucketsOfTheirOwn() {
        useUpTheBurstOf("10.0.0.1");

        assertThat(limiter.take("10.0.0.2")).isEmpty();
        assertThat(limiter.take("10.0.0.1")).isPresent();
    }

    @Test
    void forgetsClientsOnceTheirBucketsAreFullAgain() {
        for (int client = 0; client < 1_000; client++) {
            useUpTheBurstOf("10.0.%d.%d".formatted(client / 256, client % 256));
        }
        assertThat(limiter.trackedClients()).isEqualTo(1_000);

        after(Duration.ofMillis(1_500));
        useUpTheBurstOf("10.9.9.9");
        assertThat(limiter.trackedClients()).as("not yet full again").isEqualTo(1_001);

        after(Duration.ofMillis(600));
        limiter.take("10.9.9.9");
        assertThat(limiter.trackedClients()).as("only the client still busy").isEqualTo(1);
    }

    @Test
    void aForgottenClientStartsWithAFullBurst() {
        useUpTheBurstOf("10.0.0.1");

        after(Duration.ofSeconds(3));
        limiter.take("10.0.0.2");
        assertThat(limiter.trackedClients()).isEqualTo(1);

        useUpTheBurstOf("10.0.0.1");
        assertThat(limiter.take("10.0.0.1")).isPresent();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(999))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(1_001))).isEqualTo(2);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(100))).isEqualTo(100);
        assertThat(RateLimitFilter.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }

    private void useUpTheBurstOf(String client) {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.take(client)).as("request %d of the burst", i + 1).isEmpty();
        }
    }

    private void after(Duration pause) {
        clock.addAndGet(pause.toNanos());
    }
}
