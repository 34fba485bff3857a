package dk.samspil.local.chaos;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The initiative and concern topics read from the start with a plain consumer of no group (nothing is committed), and
 * each event counted by its CloudEvents id, the event store's event identifier.
 */
final class PublishedEvents implements AutoCloseable {

    private static final List<String> TOPICS = List.of(Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_CONCERNS);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final Map<String, PublishedEvent> byId = new HashMap<>();
    private List<TopicPartition> partitions;

    PublishedEvents(String bootstrapServers) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Reads what was published since the last call, up to the end of every partition as it is now. */
    void catchUp() {
        if (partitions == null) {
            partitions = TOPICS.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                codec.fromRecord(record).ifPresent(this::count);
            }
        }
    }

    private void count(EventEnvelope<?> event) {
        byId.merge(event.id(), new PublishedEvent(event.id(), event.type(), event.subject(), event.aggregateSequence(), 1),
                (known, again) -> known.again());
    }

    /** Every event read so far, by id. */
    Map<String, PublishedEvent> byId() {
        return Map.copyOf(byId);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
