package dk.samspil.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dk.samspil.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL, Kafka and MongoDB of the local stack, started in a temporary data folder, used with real clients, and
 * started again on the same folder: everything written before the restart is still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalInfrastructureTest {

    private static final String KEY = "initiative-" + UUID.randomUUID();
    private static final String VALUE = "{\"probe\":\"" + KEY + "\"}";

    @TempDir
    static Path dataFolder;

    private static LocalStackConfig config;
    private static LocalStack stack;

    @BeforeAll
    static void startInfrastructure() {
        config = LocalStackConfig.forTests(RepositoryRoot.findUpwards(Path.of("")), dataFolder);
        stack = LocalStack.startInfrastructureOnly(config);
    }

    @AfterAll
    static void stopInfrastructure() {
        if (stack != null) {
            stack.close();
        }
        // Nothing of the stack may outlive it: the postmaster is the one process that could (it runs outside the JVM).
        assertThat(processesUsing(dataFolder)).isEmpty();
    }

    @Test
    @Order(1)
    void postgresHasTheServiceDatabaseAndKeepsARow() throws SQLException {
        try (Connection connection = postgres("municipality"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (id text PRIMARY KEY, value text NOT NULL)");
            statement.execute("INSERT INTO probe VALUES ('" + KEY + "', 'before restart')");
        }

        assertThat(probeRow()).contains("before restart");
    }

    @Test
    @Order(2)
    void kafkaHasTheContractAndDeadLetterTopicsAndDeliversARecord() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(
                    Topics.MUNICIPALITY_INITIATIVES,
                    Topics.deadLetterTopic(Topics.MUNICIPALITY_INITIATIVES, "district-council"),
                    Topics.deadLetterTopic(Topics.MUNICIPALITY_INITIATIVES, "national-association-timeline"))).allTopicNames().get();
            int partitions = Topics.definition(Topics.MUNICIPALITY_INITIATIVES).partitions();
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(partitions));
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.keySet().stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList()).all().get();
            assertThat(configs.values()).as("kept without time limit")
                    .allSatisfy(config -> assertThat(config.get("retention.ms").value()).isEqualTo("-1"));
        }

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.MUNICIPALITY_INITIATIVES, KEY, VALUE)).get();
        }

        assertThat(consumeFromTheBeginning()).contains(VALUE);
    }

    @Test
    @Order(3)
    void mongoStoresADocument() {
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            probes(client).insertOne(new Document("_id", KEY).append("value", "before restart"));

            assertThat(probes(client).find(new Document("_id", KEY)).first()).containsEntry("value", "before restart");
        }
    }

    @Test
    @Order(4)
    void aSecondLauncherOnTheSameFolderIsRefused() throws Exception {
        assertThatThrownBy(() -> LocalStack.startInfrastructureOnly(config))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining(dataFolder.toAbsolutePath().normalize().toString());

        Path output = dataFolder.resolve("second-launcher.out");
        Process secondLauncher = new ProcessBuilder(ServiceCommand.javaExecutable(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + RepositoryRoot.PROPERTY + "=" + config.repositoryRoot(),
                "-D" + SamspilLocal.DATA_FOLDER_PROPERTY + "=" + dataFolder,
                SamspilLocal.class.getName(), "infra")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            assertThat(secondLauncher.waitFor(60, TimeUnit.SECONDS)).as("the second launcher exits").isTrue();
        } finally {
            secondLauncher.destroyForcibly();
        }
        assertThat(secondLauncher.exitValue()).isEqualTo(1);
        assertThat(Files.readString(output)).contains("bruges allerede af en anden Samspil-launcher (pid " + ProcessHandle.current().pid());

        // The refused starts touched nothing of the running stack.
        assertThat(probeRow()).contains("before restart");
        assertThat(consumeFromTheBeginning()).contains(VALUE);
    }

    @Test
    @Order(5)
    void aRestartOnTheSameFolderKeepsTheRowTheRecordAndTheDocument() {
        stack.close();
        assertThat(processesUsing(dataFolder)).isEmpty();

        stack = LocalStack.startInfrastructureOnly(config);

        assertThat(probeRow()).contains("before restart");
        assertThat(consumeFromTheBeginning()).contains(VALUE);
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            assertThat(probes(client).find(new Document("_id", KEY)).first()).containsEntry("value", "before restart");
        }
    }

    @Test
    @Order(6)
    void aPostmasterKilledWithSigkillIsStartedAgainWithEveryCommittedRow() throws Exception {
        ProcessHandle postmaster = config.folder().runningPostmaster().orElseThrow();
        try (Connection connection = postgres("municipality"); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO probe VALUES ('" + KEY + "-last', 'committed just before the kill')");
        }

        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            assertThat(config.folder().runningPostmaster()).get().extracting(ProcessHandle::pid).isNotEqualTo(postmaster.pid());
            assertThat(row(KEY + "-last")).contains("committed just before the kill");
        });
        assertThat(probeRow()).contains("before restart");
    }

    private static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgresJdbcUrl(database), LocalStack.POSTGRES_USER, LocalStack.POSTGRES_PASSWORD);
    }

    private static Optional<String> probeRow() {
        return row(KEY);
    }

    private static Optional<String> row(String id) {
        try (Connection connection = postgres("municipality");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT value FROM probe WHERE id = '" + id + "'")) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads every partition from offset 0 (no consumer group) until the probe record shows up. */
    private static List<String> consumeFromTheBeginning() {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MUNICIPALITY_INITIATIVES).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.contains(VALUE);
            });
        }
        return values;
    }

    private static MongoCollection<Document> probes(MongoClient client) {
        return client.getDatabase("municipality").getCollection("probe");
    }

    private static List<String> processesUsing(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .map(Processes::commandLine)
                .filter(commandLine -> commandLine.contains(path))
                .toList();
    }
}
