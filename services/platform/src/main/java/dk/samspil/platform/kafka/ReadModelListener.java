package dk.samspil.platform.kafka;

import dk.samspil.contracts.events.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.kafka.support.KafkaUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Kafka listener that applies contract events to a {@link ReadModel}. Event types newer than this contract are
 * skipped; unreadable records, and events the read model calls malformed, go to the group's dead-letter topic (the
 * platform's listener factory sees to that). A subclass names its topics and group on a {@code @KafkaListener} method
 * that calls {@link #receive}.
 *
 * <p>Where to read from is the read model's business, not only the group's committed offsets: every partition
 * assigned to one of the group's consumers goes on from the {@link ConsumedPositions} the read model kept, or from the
 * start when it kept none or holds nothing (new, dropped for a rebuild, storage lost). A rebalance in the middle of a
 * rebuild can therefore not put a partition back at an offset the rebuilt read model never saw. Where the group's
 * committed offset lies before the kept position (a process that died before committing, a topic recreated or its
 * offsets reset), the committed offset wins: reading again is harmless, skipping is not. Positions are saved at most
 * once a second and when partitions are revoked; applying is idempotent, so reading again what was applied since the
 * last save changes nothing.
 */
public abstract class ReadModelListener implements ConsumerSeekAware {

    private static final Duration SAVE_EVERY = Duration.ofSeconds(1);

    private final IntegrationEventCodec codec;
    private final ReadModel readModel;
    private final ConsumedPositions positions;
    private final Clock clock;
    /** Known from the first assignment; the same for every consumer thread of this listener. */
    private volatile String group;
    /** Per consumer thread (the factory runs several per group), each with partitions of its own. */
    private final ThreadLocal<Unsaved> unsaved;

    protected ReadModelListener(IntegrationEventCodec codec, ReadModel readModel, ConsumedPositions positions) {
        this(codec, readModel, positions, Clock.systemUTC());
    }

    ReadModelListener(IntegrationEventCodec codec, ReadModel readModel, ConsumedPositions positions, Clock clock) {
        this.codec = codec;
        this.readModel = readModel;
        this.positions = positions;
        this.clock = clock;
        this.unsaved = ThreadLocal.withInitial(() -> new Unsaved(clock.instant()));
    }

    protected final void receive(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(readModel::apply);
        Unsaved mine = unsaved.get();
        mine.next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        if (!clock.instant().isBefore(mine.since.plus(SAVE_EVERY))) {
            save(mine);
        }
    }

    @Override
    public final void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        if (assignments.isEmpty()) {
            return;
        }
        String group = group();
        this.group = group;
        unsaved.get().group = group;
        if (readModel.isEmpty()) {
            positions.forget(group);
            callback.seekToBeginning(assignments.keySet());
            return;
        }
        Map<TopicPartition, Long> kept = positions.nextOffsets(group, assignments.keySet());
        callback.seekToBeginning(assignments.keySet().stream().filter(partition -> !kept.containsKey(partition)).toList());
        kept.forEach((partition, offset) -> callback.seek(partition.topic(), partition.partition(),
                Math.min(offset, assignments.get(partition))));
    }

    @Override
    public final void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        save(unsaved.get());
    }

    private void save(Unsaved mine) {
        if (!mine.next.isEmpty()) {
            positions.save(mine.group, mine.next);
            mine.next.clear();
        }
        mine.since = clock.instant();
    }

    /** The consumer group, once one of its consumers was given partitions. */
    public final Optional<String> consumerGroup() {
        return Optional.ofNullable(group);
    }

    /**
     * Drops the read model and forgets its positions, so that it is read again from the start. Only while the group's
     * consumers in this process are stopped: a record applied meanwhile would leave its position behind.
     */
    public final void dropReadModel() {
        readModel.drop();
        consumerGroup().ifPresent(positions::forget);
    }

    /** Set by the listener container on its consumer threads while they poll (not while they close). */
    private static String group() {
        String group = KafkaUtils.getConsumerGroupId();
        if (group == null) {
            throw new IllegalStateException("Not on a listener container's consumer thread: no consumer group");
        }
        return group;
    }

    private static final class Unsaved {
        private final Map<TopicPartition, Long> next = new HashMap<>();
        /** Known from the first assignment, before any record: revocation at close comes after the container forgot it. */
        private String group;
        private Instant since;

        private Unsaved(Instant since) {
            this.since = since;
        }
    }
}
