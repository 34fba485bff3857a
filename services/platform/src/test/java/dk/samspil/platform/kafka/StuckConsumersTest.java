package dk.samspil.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class StuckConsumersTest {

    private final MovingClock clock = new MovingClock();
    private final StuckConsumers consumers = new StuckConsumers(Duration.ofSeconds(60), clock);
    private final ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("samspil.municipality.initiatives", 2, 41,
            "dc-7", new byte[0]);

    @Test
    void a_record_failing_for_longer_than_a_minute_turns_readiness_down_naming_the_partition() {
        consumers.failedDelivery(record, new IllegalStateException("MongoDB svarer ikke"), 1);
        clock.advance(Duration.ofSeconds(30));
        consumers.failedDelivery(record, new IllegalStateException("MongoDB svarer ikke"), 2);
        assertThat(consumers.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofSeconds(31));

        assertThat(consumers.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(consumers.health().getDetails()).hasSize(1).hasValueSatisfying(new Condition<>(
                detail -> detail.toString().startsWith("offset 41 fails since") && detail.toString().contains("2 attempts"),
                "the record, its attempts and its reason"));
    }

    @Test
    void a_record_that_succeeds_or_is_dead_lettered_frees_its_partition() {
        consumers.failedDelivery(record, new IllegalStateException("MongoDB svarer ikke"), 1);
        clock.advance(Duration.ofMinutes(5));
        consumers.succeeded(record);
        assertThat(consumers.health().getStatus()).isEqualTo(Status.UP);

        consumers.failedDelivery(record, new IllegalArgumentException("ugyldigt"), 1);
        clock.advance(Duration.ofMinutes(5));
        consumers.recovered(record, new IllegalArgumentException("ugyldigt"));
        assertThat(consumers.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void the_next_record_failing_on_the_same_partition_starts_its_own_clock() {
        consumers.failedDelivery(record, new IllegalStateException("først"), 1);
        clock.advance(Duration.ofSeconds(59));
        consumers.failedDelivery(new ConsumerRecord<>(record.topic(), 2, 42, "dc-8", new byte[0]),
                new IllegalStateException("dernæst"), 1);
        clock.advance(Duration.ofSeconds(59));

        assertThat(consumers.health().getStatus()).isEqualTo(Status.UP);
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T20:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
