package dk.samspil.platform.kafka;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.InitiativeEvents;
import dk.samspil.platform.testing.TestMongoServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where the group's consumers read from, on a real broker and the Mongo-wire server: the read model's kept positions,
 * through rebuilds and rebalances. Every test uses a topic and a group of its own.
 */
class ReadModelListenerTest {

    private static final int PARTITIONS = 6;
    private static final int EVENTS = 60;
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private static EmbeddedKafkaKraftBroker broker;
    private static ContractTraffic kafka;
    private static Admin admin;
    private static MongoClient mongo;

    private final List<KafkaMessageListenerContainer<String, byte[]>> containers = new ArrayList<>();
    private MongoDatabase database;
    private MongoConsumedPositions positions;
    private String topic;
    private String group;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        kafka = new ContractTraffic(broker.getBrokersAsString());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
        mongo = MongoClients.create(TestMongoServer.uri("read-model-listener"));
    }

    @AfterAll
    static void stopBroker() {
        mongo.close();
        admin.close();
        kafka.close();
        broker.destroy();
    }

    @BeforeEach
    void freshTopicAndReadModel() throws Exception {
        String name = UUID.randomUUID().toString();
        topic = "read-model-listener-" + name;
        group = "group-" + name;
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        database = mongo.getDatabase("read-model-listener-" + name.substring(0, 8));
        positions = new MongoConsumedPositions(database);
        for (int i = 0; i < EVENTS; i++) {
            EventEnvelope<?> event = InitiativeEvents.registered("i-" + i, "0336", PreventionLevel.PREVENTIVE, MONDAY);
            kafka.send(onTestTopic(event));
        }
    }

    @AfterEach
    void dropReadModel() {
        stopConsumers();
        database.drop();
    }

    private void stopConsumers() {
        containers.forEach(KafkaMessageListenerContainer::stop);
        containers.clear();
        await().atMost(Duration.ofSeconds(60)).until(this::groupState, state -> state == GroupState.EMPTY);
    }

    @Test
    void a_read_model_goes_on_from_the_positions_it_kept() {
        AppliedEvents applied = new AppliedEvents(database);
        start(applied);
        await().atMost(Duration.ofSeconds(60)).until(applied::count, count -> count == EVENTS);
        stopConsumers(); // saves the positions as the partitions are revoked
        applied.forgetCountsOf("i-0");

        start(applied);
        publishOneMore("i-late");

        await().atMost(Duration.ofSeconds(60)).until(() -> applied.applications("i-late") == 1);
        assertThat(applied.applications("i-0")).as("not read again").isZero();
    }

    /** The kept positions lie beyond the new topic's first records: the group's offsets, gone with the topic, win. */
    @Test
    void a_recreated_topic_is_read_from_its_start_though_the_read_model_kept_positions_in_the_old_one() throws Exception {
        AppliedEvents applied = new AppliedEvents(database);
        start(applied);
        await().atMost(Duration.ofSeconds(60)).until(applied::count, count -> count == EVENTS);
        stopConsumers();

        recreateTopic();
        for (int i = 0; i < 2 * EVENTS; i++) {
            publishOneMore("j-" + i);
        }
        start(applied);

        await().atMost(Duration.ofSeconds(60)).until(applied::count, count -> count == 3 * EVENTS);
    }

    @Test
    void an_emptied_read_model_reads_its_topics_from_the_start_though_the_group_committed_their_end() {
        AppliedEvents applied = new AppliedEvents(database);
        start(applied);
        await().atMost(Duration.ofSeconds(60)).until(applied::count, count -> count == EVENTS);
        stopConsumers();

        applied.drop(); // the positions stay: an empty read model does not trust them
        start(applied);

        await().atMost(Duration.ofSeconds(60)).until(applied::count, count -> count == EVENTS);
    }

    /**
     * The race of a rebuild: consumer A rewinds every partition of the emptied read model and has applied one record
     * when consumer B joins, so B finds the read model no longer empty. Partitions that A had rewound but not read, whether they stay with A or move to B, must
     * still be read from the start, not from the end the group committed before the rebuild.
     */
    @RepeatedTest(3)
    void a_rebalance_in_the_middle_of_a_rebuild_loses_no_partition() {
        AppliedEvents applied = new AppliedEvents(database);
        start(applied);
        await().atMost(Duration.ofSeconds(60)).until(applied::count, count -> count == EVENTS);
        stopConsumers();
        applied.drop();
        positions.forget(group);

        CountDownLatch holdFirstRecord = new CountDownLatch(1);
        applied.holdAfterFirstApplicationUntil(holdFirstRecord);
        start(applied);
        await().atMost(Duration.ofSeconds(60)).until(applied::waiting);
        start(applied);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(60))
                .until(this::groupState, state -> state == GroupState.PREPARING_REBALANCE);
        holdFirstRecord.countDown();

        await().atMost(Duration.ofSeconds(90)).until(applied::count, count -> count == EVENTS);
    }

    private void start(AppliedEvents readModel) {
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setGroupId(group);
        properties.setMessageListener(new TestListener(readModel, positions));
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // One record a poll, so that a rebalance finds most partitions rewound and not yet read.
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1,
                // A held consumer hears of the rebalance from its heartbeat thread at once, not up to 3 s later.
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 100,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        KafkaMessageListenerContainer<String, byte[]> container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.start();
        containers.add(container);
    }

    private void publishOneMore(String initiativeId) {
        kafka.send(onTestTopic(InitiativeEvents.registered(initiativeId, "0336", PreventionLevel.PREVENTIVE, MONDAY)));
    }

    private ProducerRecord<String, byte[]> onTestTopic(EventEnvelope<?> event) {
        ProducerRecord<String, byte[]> record = kafka.record(event);
        return new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
    }

    private void recreateTopic() throws Exception {
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            return true;
        });
    }

    private GroupState groupState() throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group).groupState();
    }

    private static final class TestListener extends ReadModelListener implements MessageListener<String, byte[]> {

        TestListener(ReadModel readModel, ConsumedPositions positions) {
            super(new IntegrationEventCodec(), readModel, positions);
        }

        @Override
        public void onMessage(ConsumerRecord<String, byte[]> record) {
            receive(record);
        }
    }

    /** Counts how often each initiative's registration was applied; idempotent as a read model must be. */
    private static final class AppliedEvents implements ReadModel {

        private final MongoCollection<Document> applications;
        private volatile CountDownLatch hold;
        private volatile boolean waiting;

        AppliedEvents(MongoDatabase database) {
            this.applications = database.getCollection("applied");
        }

        void holdAfterFirstApplicationUntil(CountDownLatch latch) {
            hold = latch;
        }

        @Override
        public boolean apply(EventEnvelope<?> envelope) {
            Document seen = applications.find(Filters.eq("_id", envelope.subject())).first();
            if (seen != null) {
                return false;
            }
            applications.replaceOne(Filters.eq("_id", envelope.subject()), new Document("applications", 1),
                    new ReplaceOptions().upsert(true));
            holdIfAsked();
            return true;
        }

        private void holdIfAsked() {
            CountDownLatch latch = hold;
            if (latch == null) {
                return;
            }
            hold = null;
            waiting = true;
            try {
                latch.await(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            waiting = false;
        }

        @Override
        public boolean isEmpty() {
            return applications.countDocuments() == 0;
        }

        boolean waiting() {
            return waiting;
        }

        long count() {
            return applications.countDocuments();
        }

        int applications(String initiativeId) {
            Document seen = applications.find(Filters.eq("_id", initiativeId)).first();
            return seen == null ? 0 : seen.getInteger("applications");
        }

        void forgetCountsOf(String... initiativeIds) {
            applications.deleteMany(Filters.in("_id", (Object[]) initiativeIds));
        }

        @Override
        public void drop() {
            applications.drop();
        }
    }
}
