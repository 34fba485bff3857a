package dk.samspil.municipality.initiative.web;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6's erasure, done when: a coordinator registered over HTTP is erased by e-mail, and then no plaintext of them
 * remains in the event store, the read models or the Kafka topics, and a replay of the read model still works — the
 * view reads "[slettet]" before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
        Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS})
class CoordinatorErasureIntegrationTest extends ServiceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final String STEVNS = "/api/municipalities/0336";
    private static final String INITIATIVES = STEVNS + "/initiatives";
    private static final String ERASURE = "/api/personal-data/erasure";
    private static final String NAME = "Birthe Sletmigsen";
    private static final String EMAIL = "birthe.sletmigsen@stevns.dk";
    private static final String PHONE = "+45 56571234";
    private static final String LEADER_GROUP_CONTACT = "Skoleleder Ole Sletmigsen";
    /** The values, and the parts of them that must not be found either. */
    private static final List<String> PLAINTEXT = List.of(NAME, EMAIL, PHONE, LEADER_GROUP_CONTACT, "Sletmigsen",
            "sletmigsen", "56571234");

    private static final String APPLICATION = """
            {"name": "Tryg skolevej i Hårlev", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
             "startDate": "%s", "endDate": "%s", "themes": ["tryghed"],
             "targetAgeFrom": 10, "targetAgeTo": 14, "targetGroups": ["CHILDREN_AND_YOUNG_PEOPLE"],
             "goals": ["Færre hændelser på skolevejen"], "partners": ["SCHOOL", "POLICE"],
             "evaluationPlan": "Måling før og efter", "knowledgeSharing": "Deles i SSP-netværket",
             "coordinator": {"name": "%s", "email": "%s", "phone": "%s", "leaderGroupContact": "%s"},
             "localAreas": ["Hårlev"], "organisationalUnit": "Hårlev Skole", "methods": ["PEER_TO_PEER"],
             "budgetLines": [{"heading": "Materialer", "expectedAmount": 5000, "settlementMonth": "%s"}]}
            """.formatted(TODAY.minusMonths(1), TODAY.plusMonths(11), NAME, EMAIL, PHONE, LEADER_GROUP_CONTACT,
            TODAY.withDayOfMonth(1).toString().substring(0, 7));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality_erasure"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-erasure-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    MongoDatabase readModelDatabase;
    @Autowired
    EventProcessingConfiguration eventProcessing;

    @Test
    void an_erased_coordinator_leaves_no_plaintext_and_a_replay_still_reads_as_erased() throws Exception {
        HttpResponse<String> created = post(INITIATIVES, APPLICATION.replace("Tryg skolevej i Hårlev", "Tryg skolevej (kladde)"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created.body()).get("id").asString();
        assertThat(put(INITIATIVES + "/" + id + "/application", APPLICATION).statusCode()).isEqualTo(200);
        assertThat(post(INITIATIVES + "/" + id + "/submission", "").statusCode()).isEqualTo(200);

        JsonNode before = awaitInitiative(id, view -> view.get("status").asString().equals("SUBMITTED"));
        assertThat(before.get("application").get("coordinator")).isEqualTo(coordinator(NAME, EMAIL, PHONE, LEADER_GROUP_CONTACT));
        try (PublishedEvents published = new PublishedEvents(kafka.getBrokersAsString(), "erasure-test",
                Topics.MUNICIPALITY_INITIATIVES)) {
            published.await(id, EventTypes.INITIATIVE_SUBMITTED.type());
        }

        assertThat(eventStoreText(id).subList(0, 2)).as("registered and revised, sealed")
                .allSatisfy(event -> assertThat(event).containsAnyOf("\"coordinatorEmail\":\"pd1:", "\"email\":\"pd1:"));
        assertThat(everyReadModelDocument()).anySatisfy(document -> assertThat(document).contains("pd1:"));

        HttpResponse<String> erased = post(ERASURE, "{\"organisationCode\": \"0336\", \"identifier\": \"Birthe.Sletmigsen@stevns.dk\"}");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        JsonNode erasure = read(erased.body());
        assertThat(erasure.get("erased").asBoolean()).isTrue();
        assertThat(erasure.get("subjectId").asString()).hasSize(36);

        JsonNode after = read(get(INITIATIVES + "/" + id).body());
        assertThat(after.get("application").get("coordinator")).isEqualTo(erasedCoordinator());
        assertThat(after.get("application").get("name").asString()).isEqualTo("Tryg skolevej i Hårlev");
        assertThat(read(get(INITIATIVES).body()).findValues("coordinator")).contains(erasedCoordinator())
                .doesNotContain(coordinator(NAME, EMAIL, PHONE, LEADER_GROUP_CONTACT));

        assertThat(eventStoreText(id)).hasSize(3).allSatisfy(CoordinatorErasureIntegrationTest::holdsNoPlaintext);
        assertThat(everyTableAsText()).allSatisfy(CoordinatorErasureIntegrationTest::holdsNoPlaintext);
        assertThat(everyReadModelDocument()).isNotEmpty().allSatisfy(CoordinatorErasureIntegrationTest::holdsNoPlaintext);
        assertThat(everyKafkaRecord()).anySatisfy(record -> assertThat(record).contains(id))
                .allSatisfy(CoordinatorErasureIntegrationTest::holdsNoPlaintext);

        replayInitiativeList();
        JsonNode replayed = awaitInitiative(id, view -> view.get("history").size() == 3);
        assertThat(replayed.get("application").get("coordinator")).isEqualTo(erasedCoordinator());
        assertThat(replayed.get("application").get("name").asString()).isEqualTo("Tryg skolevej i Hårlev");
        assertThat(replayed.get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void erasing_again_erases_nothing_more_and_an_unknown_person_is_not_found() throws Exception {
        String body = APPLICATION.replace(EMAIL, "anders.andet@stevns.dk").replace(NAME, "Anders Andet");
        assertThat(post(INITIATIVES, body).statusCode()).isEqualTo(201);
        String request = "{\"organisationCode\": \"0336\", \"identifier\": \"anders.andet@stevns.dk\"}";

        JsonNode first = read(post(ERASURE, request).body());
        JsonNode second = read(post(ERASURE, request).body());

        assertThat(first.get("erased").asBoolean()).isTrue();
        assertThat(second.get("erased").asBoolean()).isFalse();
        assertThat(second.get("subjectId")).isEqualTo(first.get("subjectId"));
        assertProblem(post(ERASURE, "{\"organisationCode\": \"0259\", \"identifier\": \"anders.andet@stevns.dk\"}"), 404, "identifier");
        assertProblem(post(ERASURE, "{\"organisationCode\": \"0336\", \"identifier\": \"ingen@stevns.dk\"}"), 404, "identifier");
        assertProblem(post(ERASURE, "{\"organisationCode\": \"0336\"}"), 400, "identifier");
        assertProblem(post(ERASURE, "{\"identifier\": \"anders.andet@stevns.dk\"}"), 400, "organisationCode");
    }

    /** The initiative's rows of the event store, payload and metadata read as text. */
    private List<String> eventStoreText(String id) {
        return jdbc.queryForList("select payload, metadata from domainevententry where aggregateidentifier = ? "
                        + "order by sequencenumber", id).stream()
                .map(CoordinatorErasureIntegrationTest::rowText)
                .toList();
    }

    /** Every row of every table of the service's database: the event store, its tokens, the vault. */
    private List<String> everyTableAsText() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("domainevententry", "personal_data_subject", "personal_data_key");
        return tables.stream()
                .flatMap(table -> jdbc.queryForList("select * from \"" + table + "\"").stream())
                .map(CoordinatorErasureIntegrationTest::rowText)
                .toList();
    }

    private List<String> everyReadModelDocument() {
        List<String> documents = new ArrayList<>();
        for (String collection : readModelDatabase.listCollectionNames()) {
            readModelDatabase.getCollection(collection).find().map(Document::toJson).into(documents);
        }
        return documents;
    }

    /** Every record of every topic on the broker, from the start of each partition to its end. */
    private List<String> everyKafkaRecord() throws Exception {
        Set<String> topics;
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()))) {
            topics = admin.listTopics().names().get();
        }
        assertThat(topics).contains(Topics.MUNICIPALITY_INITIATIVES);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(15)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(text(record.key()) + " " + text(record.value()) + " " + record.headers());
                }
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
        }
        return records;
    }

    /** Drops the initiative read model and lets its tracking processor rebuild it from the event store. */
    private void replayInitiativeList() {
        StreamingEventProcessor processor = eventProcessing
                .eventProcessor("initiative-list", StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        readModelDatabase.getCollection("initiatives").drop();
        processor.resetTokens();
        processor.start();
    }

    private JsonNode awaitInitiative(String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            HttpResponse<String> response = get(INITIATIVES + "/" + id);
            return response.statusCode() == 200 ? read(response.body()) : null;
        }, initiative -> initiative != null && condition.test(initiative));
    }

    private JsonNode coordinator(String name, String email, String phone, String leaderGroupContact) {
        return json.createObjectNode().put("name", name).put("email", email).put("phone", phone)
                .put("leaderGroupContact", leaderGroupContact);
    }

    private JsonNode erasedCoordinator() {
        return coordinator("[slettet]", "[slettet]", "[slettet]", "[slettet]");
    }

    private static void holdsNoPlaintext(String text) {
        assertThat(text).doesNotContain(PLAINTEXT);
    }

    private static String rowText(Map<String, Object> row) {
        StringBuilder text = new StringBuilder();
        row.values().forEach(value -> text.append(value instanceof byte[] bytes ? text(bytes) : String.valueOf(value)).append(' '));
        return text.toString();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
