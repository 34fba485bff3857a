package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.platform.kafka.RecordPosition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the Kafka broker would have put an event, for a test (one instance per test: a fresh read model, fresh topics) that apply events to read models directly: the partition
 * follows from the aggregate (as the key does), and each event not seen before takes the partition's next offset, so
 * the same event delivered again comes from the same position. Events are told apart by their whole content, not
 * only their id: tests reuse ids such as {@code i-1#0} for different events.
 */
public final class Deliveries {

    private static final int PARTITIONS = 6;

    private final Map<EventEnvelope<?>, RecordPosition> positions = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> nextOffsets = new ConcurrentHashMap<>();

    public RecordPosition positionOf(EventEnvelope<?> envelope) {
        return positions.computeIfAbsent(envelope, event -> {
            String topic = envelope.eventType().topic();
            int partition = Math.floorMod(envelope.subject().hashCode(), PARTITIONS);
            long offset = nextOffsets.computeIfAbsent(topic + "-" + partition, key -> new AtomicLong()).getAndIncrement();
            return new RecordPosition(topic, partition, offset);
        });
    }
}
