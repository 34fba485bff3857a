package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** What a service under test published to Kafka, read from the start of its topics by a consumer group of the test. */
public final class PublishedEvents implements AutoCloseable {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(15);

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    private final List<EventEnvelope<?>> events = new ArrayList<>();

    public PublishedEvents(String brokers, String consumerGroup, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, consumerGroup,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** The first published event of this type about this aggregate (the CloudEvents subject). */
    public EventEnvelope<?> await(String subject, String type) {
        return awaitFirst(event -> event.subject().equals(subject) && event.type().equals(type));
    }

    /** The first published event of this type whose payload matches. */
    @SuppressWarnings("unchecked")
    public <T> EventEnvelope<T> await(EventType<T> type, Predicate<T> matching) {
        return (EventEnvelope<T>) awaitFirst(event -> event.type().equals(type.type())
                && matching.test((T) event.payload()));
    }

    /** Every record read so far, also those no contract type could be read from. */
    public List<ConsumerRecord<String, byte[]>> records() {
        return List.copyOf(records);
    }

    private EventEnvelope<?> awaitFirst(Predicate<EventEnvelope<?>> wanted) {
        return Awaitility.await().atMost(PUBLISHED_WITHIN).until(() -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                records.add(record);
                codec.fromRecord(record).ifPresent(events::add);
            }
            return events.stream().filter(wanted).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
