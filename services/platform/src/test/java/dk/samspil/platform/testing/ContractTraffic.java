package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Talks to a real broker the way the platform's producers and consumers do: contract records through a real
 * {@link KafkaProducer}, records that break the contract, and a read of everything a topic (a dead-letter topic,
 * say) holds.
 */
public final class ContractTraffic implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final String bootstrapServers;
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final KafkaProducer<String, byte[]> producer;

    public ContractTraffic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    /** Publishes each event as a CloudEvent and waits until the broker has it. */
    public void publish(EventEnvelope<?>... envelopes) {
        for (EventEnvelope<?> envelope : envelopes) {
            send(codec.toRecord(envelope));
        }
    }

    public void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take " + record, e);
        }
    }

    public ProducerRecord<String, byte[]> record(EventEnvelope<?> envelope) {
        return codec.toRecord(envelope);
    }

    /** Bytes that are no CloudEvent: no {@code ce_*} headers at all. */
    public static ProducerRecord<String, byte[]> withoutCloudEventHeaders(String topic, String key) {
        return new ProducerRecord<>(topic, key, "\u0000\u00ffnot an event".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The event's own CloudEvents headers, valid {@code ce_type} included, over a payload no reader can parse. */
    public ProducerRecord<String, byte[]> withUnreadablePayload(EventEnvelope<?> envelope) {
        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);
        return new ProducerRecord<>(record.topic(), null, record.key(),
                "{\"initiativeId\": ".getBytes(StandardCharsets.UTF_8), record.headers());
    }

    /** Everything the topic holds right now, from the beginning of each partition to its end. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    public int partitionCount(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return consumer.partitionsFor(topic, TIMEOUT).size();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    @Override
    public void close() {
        producer.close(TIMEOUT);
    }
}
