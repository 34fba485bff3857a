package dk.samspil.platform.kafka;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A Kafka listener that applies contract events to a read model. Event types newer than this contract are skipped;
 * unreadable records, and events the read model calls malformed, go to the group's dead-letter topic (the platform's
 * listener factory sees to that). An empty read model (new, or dropped to be rebuilt) reads its topics from the
 * start. A subclass names its topics and group on a {@code @KafkaListener} method that calls {@link #receive}.
 */
public abstract class ReadModelListener implements ConsumerSeekAware {

    private final IntegrationEventCodec codec;
    private final Consumer<EventEnvelope<?>> apply;
    private final RebuildFromStart rebuild;

    protected ReadModelListener(IntegrationEventCodec codec, BooleanSupplier readModelEmpty,
                                Consumer<EventEnvelope<?>> apply) {
        this.codec = codec;
        this.apply = apply;
        this.rebuild = new RebuildFromStart(readModelEmpty);
    }

    protected final void receive(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(apply);
    }

    @Override
    public final void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
