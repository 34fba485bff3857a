package dk.samspil.local.tokens;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final AtomicInteger fetched = new AtomicInteger();
    private final TokenCache<String> cache = new TokenCache<>(
            key -> new AccessToken(key + "#" + fetched.incrementAndGet(), clock.instant().plus(LIFETIME)), clock);

    @Test
    void aKeysTokenIsFetchedOnceAndKeptWhileItIsValid() {
        assertThat(cache.token("0336")).isEqualTo("0336#1");
        clock.advance(LIFETIME.minusSeconds(61));

        assertThat(cache.token("0336")).isEqualTo("0336#1");
        assertThat(cache.token("0101")).isEqualTo("0101#2");
        assertThat(fetched).hasValue(2);
    }

    @Test
    void aTokenIsRenewedAMinuteBeforeItExpires() {
        cache.token("0336");
        clock.advance(LIFETIME.minusSeconds(60));

        assertThat(cache.token("0336")).isEqualTo("0336#2");
        assertThat(cache.token("0336")).isEqualTo("0336#2");
    }

    @Test
    void aForgottenTokenIsFetchedAgainAndOtherKeysKeepTheirs() {
        cache.token("0336");
        cache.token("0101");

        cache.forget("0336");

        assertThat(cache.token("0336")).isEqualTo("0336#3");
        assertThat(cache.token("0101")).isEqualTo("0101#2");
    }

    @Test
    void manyThreadsAskingForOneKeyCauseOneFetchWhileOtherKeysGoOn() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
        TokenCache<String> slow = new TokenCache<>(key -> {
            int number = fetches.computeIfAbsent(key, ignored -> new AtomicInteger()).incrementAndGet();
            if (key.equals("0336")) {
                fetching.countDown();
                await(release);
            }
            return new AccessToken(key + "#" + number, clock.instant().plus(LIFETIME));
        }, clock);
        ExecutorService threads = Executors.newFixedThreadPool(9);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> slow.token("0336")));
            }
            assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(threads.submit(() -> slow.token("0101")).get(10, TimeUnit.SECONDS)).isEqualTo("0101#1");
            release.countDown();

            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("0336#1");
            }
            assertThat(fetches.get("0336")).hasValue(1);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
