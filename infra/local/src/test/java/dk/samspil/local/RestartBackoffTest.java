package dk.samspil.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RestartBackoffTest {

    private final RestartBackoff backoff = new RestartBackoff();

    @Test
    void a_service_that_keeps_failing_waits_twice_as_long_each_time_up_to_a_minute() {
        Duration soon = Duration.ofSeconds(5);

        assertThat(backoff.after(soon)).hasSeconds(1);
        assertThat(backoff.after(soon)).hasSeconds(2);
        assertThat(backoff.after(soon)).hasSeconds(4);
        assertThat(backoff.after(soon)).hasSeconds(8);
        assertThat(backoff.after(soon)).hasSeconds(16);
        assertThat(backoff.after(soon)).hasSeconds(32);
        assertThat(backoff.after(soon)).hasSeconds(60);
        assertThat(backoff.after(soon)).hasSeconds(60);
    }

    @Test
    void a_service_that_ran_for_a_minute_starts_over_at_one_second() {
        backoff.after(Duration.ofSeconds(1));
        backoff.after(Duration.ofSeconds(1));

        assertThat(backoff.after(Duration.ofMinutes(5))).hasSeconds(1);
        assertThat(backoff.after(Duration.ofSeconds(1))).hasSeconds(2);
    }
}
