package dk.samspil.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consumers held up by a record that keeps failing: per consumer group and partition, the record and since when.
 * A record that succeeds or goes to the dead letters frees its partition. A partition held up longer than
 * {@code stuckAfter} (a store down for minutes) turns the service's readiness DOWN, with what is stuck as details,
 * while every health check would otherwise say UP.
 */
public final class StuckConsumers implements RetryListener, HealthIndicator {

    private final Map<String, Failing> failing = new ConcurrentHashMap<>();
    private final Duration stuckAfter;
    private final Clock clock;

    public StuckConsumers(Duration stuckAfter, Clock clock) {
        this.stuckAfter = stuckAfter;
        this.clock = clock;
    }

    /** One record that failed, on the partition it holds up. */
    record Failing(String group, String topic, int partition, long offset, Instant since, int attempts, String reason) {
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        String reason = NestedExceptionUtils.getMostSpecificCause(failure).toString();
        failing.compute(key(record), (key, before) -> new Failing(group(), record.topic(), record.partition(),
                record.offset(), before != null && before.offset() == record.offset() ? before.since() : clock.instant(),
                attempt, reason));
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        failing.remove(key(record));
    }

    /** The record was applied: its partition moves on. */
    public void succeeded(ConsumerRecord<?, ?> record) {
        failing.remove(key(record));
    }

    @Override
    public Health health() {
        Instant stuckBefore = clock.instant().minus(stuckAfter);
        List<Failing> stuck = failing.values().stream().filter(record -> record.since().isBefore(stuckBefore))
                .sorted(Comparator.comparing(Failing::since)).toList();
        if (stuck.isEmpty()) {
            return Health.up().withDetail("failingPartitions", failing.size()).build();
        }
        Health.Builder down = Health.down();
        stuck.forEach(record -> down.withDetail(record.group() + " " + record.topic() + "-" + record.partition(),
                "offset " + record.offset() + " fails since " + record.since() + " (" + record.attempts()
                        + " attempts): " + record.reason()));
        return down.build();
    }

    private static String key(ConsumerRecord<?, ?> record) {
        return group() + " " + record.topic() + "-" + record.partition();
    }

    private static String group() {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? "" : group;
    }
}
