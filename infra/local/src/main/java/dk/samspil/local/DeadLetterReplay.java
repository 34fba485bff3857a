package dk.samspil.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * {@code ./samspil replay-dead-letters [--group <consumer group>]}: once the cause of dead letters is fixed (a new
 * version of a service), puts each dead letter back on the topic it came from, as it was (key, value and the
 * CloudEvents headers), so that every consumer meets it again; consumers apply an event once, so a consumer that had
 * applied it already skips it. Each dead letter is replayed once: the command remembers how far it came as a
 * consumer group of its own ({@value #REPLAY_GROUP}).
 */
final class DeadLetterReplay {

    static final String REPLAY_GROUP = "samspil-dead-letter-replay";
    static final String ARGUMENTS = "[--group <consumer group>]";
    /** Where Spring Kafka's dead-letter recoverer wrote the record's own topic. */
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

    private static final String SUFFIX = ".dlt";
    private static final Duration POLL = Duration.ofMillis(500);

    private DeadLetterReplay() {
    }

    static int run(List<String> arguments, String bootstrapServers, PrintStream out)
            throws ExecutionException, InterruptedException {
        Optional<String> group = groupOf(arguments);
        List<String> topics = deadLetterTopics(bootstrapServers, group);
        if (topics.isEmpty()) {
            out.println("Ingen dead-letter-topics" + group.map(name -> " for " + name).orElse("") + ".");
            return 0;
        }
        long replayed = 0;
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers);
             KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            for (String topic : topics) {
                long count = replay(topic, consumer, producer);
                out.printf("%s: %d genudsendt%n", topic, count);
                replayed += count;
            }
        }
        out.printf("%d dead letters sendt tilbage på deres topics.%n", replayed);
        return 0;
    }

    private static Optional<String> groupOf(List<String> arguments) {
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        if (arguments.size() == 2 && arguments.get(0).equals("--group") && !arguments.get(1).isBlank()) {
            return Optional.of(arguments.get(1));
        }
        throw new LocalStackException("Brug: ./samspil replay-dead-letters " + ARGUMENTS);
    }

    private static List<String> deadLetterTopics(String bootstrapServers, Optional<String> group)
            throws ExecutionException, InterruptedException {
        String ending = group.map(name -> "." + name + SUFFIX).orElse(SUFFIX);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.listTopics().names().get().stream().filter(name -> name.endsWith(ending)).sorted().toList();
        }
    }

    /** From where this command stopped last time to the end of the topic as it is now; commits as it goes. */
    private static long replay(String topic, KafkaConsumer<String, byte[]> consumer,
                               KafkaProducer<String, byte[]> producer) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(PartitionInfo::partition).map(partition -> new TopicPartition(topic, partition)).toList();
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        partitions.forEach(partition -> Optional.ofNullable(committed.get(partition))
                .ifPresentOrElse(offset -> consumer.seek(partition, offset.offset()),
                        () -> consumer.seekToBeginning(List.of(partition))));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long count = 0;
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (ConsumerRecord<String, byte[]> letter : consumer.poll(POLL)) {
                producer.send(backOnItsTopic(letter)).get();
                done.put(new TopicPartition(letter.topic(), letter.partition()), new OffsetAndMetadata(letter.offset() + 1));
                count++;
            }
            consumer.commitSync(done);
        }
        return count;
    }

    private static ProducerRecord<String, byte[]> backOnItsTopic(ConsumerRecord<String, byte[]> letter) {
        Header original = letter.headers().lastHeader(ORIGINAL_TOPIC);
        if (original == null) {
            throw new LocalStackException(letter.topic() + "-" + letter.partition() + "@" + letter.offset()
                    + " siger ikke, hvilket topic det kom fra (" + ORIGINAL_TOPIC + ")");
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(new String(original.value(), StandardCharsets.UTF_8),
                letter.key(), letter.value());
        letter.headers().forEach(header -> {
            if (!header.key().startsWith("kafka_dlt-")) {
                record.headers().add(header);
            }
        });
        return record;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }
}
