package dk.samspil.platform.rebuild;

import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A read model fed from Kafka by a {@link ReadModelListener}, named by its consumer group. A rebuild stops the group's
 * consumers in this process, drops the read model and its positions, sets the group's committed offsets back to the
 * start of its partitions (so that how far the group has come shows the rebuild's progress, here and in Kafka's own
 * tools), and starts the consumers again: every partition is then read from the start.
 */
final class KafkaReadModel implements RebuildableReadModel {

    private static final long ADMIN_TIMEOUT_SECONDS = 10;

    private final String group;
    private final ReadModelListener listener;
    private final List<MessageListenerContainer> containers;
    private final Supplier<Admin> admin;
    private volatile boolean rebuilding;

    KafkaReadModel(String group, ReadModelListener listener, List<MessageListenerContainer> containers,
                   Supplier<Admin> admin) {
        this.group = group;
        this.listener = listener;
        this.containers = containers;
        this.admin = admin;
    }

    @Override
    public String name() {
        return group;
    }

    @Override
    public void rebuild() {
        containers.forEach(MessageListenerContainer::stop);
        listener.dropReadModel();
        rebuilding = true;
        try (Admin kafka = admin.get()) {
            Map<TopicPartition, OffsetAndMetadata> starts = offsets(kafka, committed(kafka).keySet(), OffsetSpec.earliest())
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            start -> new OffsetAndMetadata(start.getValue().offset())));
            await(kafka.alterConsumerGroupOffsets(group, starts).all());
        } finally {
            containers.forEach(MessageListenerContainer::start);
        }
    }

    /** How far the group has committed, against the ends of its partitions. */
    @Override
    public ReadModelStatusResponse status() {
        try (Admin kafka = admin.get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(kafka);
            long position = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            long target = offsets(kafka, committed.keySet(), OffsetSpec.latest()).values().stream()
                    .mapToLong(ListOffsetsResultInfo::offset).sum();
            if (rebuilding && position >= target) {
                rebuilding = false;
            }
            return new ReadModelStatusResponse(group, "kafka", rebuilding, position, target);
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(Admin kafka) {
        return await(kafka.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin kafka, Set<TopicPartition> partitions,
                                                               OffsetSpec which) {
        return await(kafka.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> which))).all());
    }

    private <T> T await(KafkaFuture<T> answer) {
        try {
            return answer.get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer about consumer group " + group, e);
        }
    }
}
