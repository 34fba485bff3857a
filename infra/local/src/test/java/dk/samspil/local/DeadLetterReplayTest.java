package dk.samspil.local;

import dk.samspil.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReplayTest {

    private static final String SOURCE = Topics.MUNICIPALITY_INITIATIVES;
    private static final String DEAD_LETTERS = Topics.deadLetterTopic(SOURCE, "district-council");

    @TempDir
    static Path folder;

    private static KafkaKraftBroker kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        LocalStackConfig ports = LocalStackConfig.forTests(Path.of("."), folder);
        kafka = KafkaKraftBroker.start(folder.resolve("kafka"), ports.kafkaPort(), ports.kafkaControllerPort());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(SOURCE, 2, (short) 1), new NewTopic(DEAD_LETTERS, 2, (short) 1),
                    new NewTopic(Topics.deadLetterTopic(SOURCE, "national-association"), 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void dead_letters_go_back_on_their_topic_with_their_headers_once_each() throws Exception {
        deadLetter("i-1", "{\"id\":\"i-1\"}");
        deadLetter("i-2", "{\"id\":\"i-2\"}");

        String first = replay("--group", "district-council");
        deadLetter("i-3", "{\"id\":\"i-3\"}");
        String second = replay();

        assertThat(first).contains(DEAD_LETTERS + ": 2 genudsendt").doesNotContain("national-association");
        assertThat(second).contains(DEAD_LETTERS + ": 1 genudsendt", "national-association.dlt: 0 genudsendt");
        List<ConsumerRecord<String, String>> source = readAll(SOURCE);
        assertThat(source).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("i-1", "i-2", "i-3");
        assertThat(source).allSatisfy(record -> {
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("dk.samspil.municipality.InitiativeRegistered");
            assertThat(record.headers().lastHeader(DeadLetterReplay.ORIGINAL_TOPIC)).isNull();
        });
    }

    private void deadLetter(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(DEAD_LETTERS, key, value);
            record.headers().add("ce_type", "dk.samspil.municipality.InitiativeRegistered".getBytes(StandardCharsets.UTF_8));
            record.headers().add(DeadLetterReplay.ORIGINAL_TOPIC, SOURCE.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private String replay(String... arguments) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode = DeadLetterReplay.run(List.of(arguments), kafka.bootstrapServers(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isZero();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
