package dk.samspil.municipality.initiative.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The municipality service on real infrastructure: PostgreSQL (event store), a Kafka broker, the Mongo-wire server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@EmbeddedKafka(kraft = true, partitions = 6, topics = Topics.MUNICIPALITY_INITIATIVES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeApiIntegrationTest {

    private static final String VALID = """
            {"name": "Trygt natteliv i Store Heddinge", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
             "startDate": "2026-04-01", "endDate": "2027-03-31", "themes": ["natteliv", "rusmidler"]}""";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality"));
        registry.add("spring.data.mongodb.uri", () -> TestMongoServer.uri("municipality-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedKafkaBroker kafka;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final List<EventEnvelope<?>> published = new ArrayList<>();
    private KafkaConsumer<String, byte[]> consumer;

    @BeforeAll
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "municipality-api-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.MUNICIPALITY_INITIATIVES));
    }

    @AfterAll
    void close() {
        consumer.close();
    }

    @Test
    void registering_stores_the_event_publishes_it_and_lists_the_initiative() throws Exception {
        HttpResponse<String> created = post("/api/municipalities/336/initiatives", VALID);

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/municipalities/0336/initiatives/" + id));
        assertThat(storedEvents(id)).containsExactly("dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent");

        EventEnvelope<?> event = awaitPublished(id, EventTypes.INITIATIVE_REGISTERED.type());
        assertThat(event.source()).isEqualTo(URI.create("/municipalities/0336"));
        assertThat(event.aggregateSequence()).isZero();
        assertThat(event.id()).isEqualTo(jdbc.queryForObject(
                "select eventidentifier from domainevententry where aggregateidentifier = ?", String.class, id));
        assertThat((InitiativeRegistered) event.payload()).satisfies(payload -> {
            assertThat(payload.municipalityCode()).isEqualTo("0336");
            assertThat(payload.themes()).containsExactly("natteliv", "rusmidler");
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode list = json.readTree(get("/api/municipalities/0336/initiatives").body());
            assertThat(list.findValuesAsText("id")).contains(id);
        });
    }

    @Test
    void approving_publishes_the_approval_and_approving_twice_is_a_conflict() throws Exception {
        String id = register();

        HttpResponse<String> approved = post("/api/municipalities/0336/initiatives/" + id + "/approval", "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("status").asText()).isEqualTo("APPROVED");
        EventEnvelope<?> event = awaitPublished(id, EventTypes.INITIATIVE_APPROVED.type());
        assertThat(event.aggregateSequence()).isEqualTo(1);
        assertThat(((InitiativeApproved) event.payload()).initiativeId()).isEqualTo(id);

        HttpResponse<String> again = post("/api/municipalities/0336/initiatives/" + id + "/approval", "");
        assertProblem(again, 409, null);
        assertThat(json.readTree(again.body()).get("currentStatus").asText()).isEqualTo("APPROVED");
        assertThat(storedEvents(id)).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(get("/api/municipalities/0336/initiatives").body()).contains("\"APPROVED\""));
    }

    @Test
    void approving_an_unknown_initiative_is_not_found() throws Exception {
        assertProblem(post("/api/municipalities/0336/initiatives/4b1c0f8e-0000-4000-8000-000000000000/approval", ""),
                404, "initiativeId");
    }

    @Test
    void another_municipality_cannot_approve_the_initiative() throws Exception {
        String id = register();

        assertProblem(post("/api/municipalities/0101/initiatives/" + id + "/approval", ""), 404, "initiativeId");
        assertThat(storedEvents(id)).hasSize(1);
    }

    @Test
    void bad_input_is_refused_with_a_problem_naming_the_field_and_nothing_is_stored() throws Exception {
        long before = eventCount();

        assertProblem(post("/api/municipalities/0336/initiatives", VALID.replace("\"name\": \"Trygt natteliv i Store Heddinge\",", "")), 400, "name");
        assertProblem(post("/api/municipalities/0336/initiatives", VALID.replace("Trygt natteliv i Store Heddinge", "   ")), 400, "name");
        assertProblem(post("/api/municipalities/0336/initiatives", VALID.replace("\"endDate\": \"2027-03-31\"", "\"endDate\": \"2026-03-01\"")), 400, "endDate");
        assertProblem(post("/api/municipalities/0336/initiatives", VALID.replace("\"PREVENTIVE\"", "\"REPRESSIVE\"")), 400, "preventionLevel");
        assertProblem(post("/api/municipalities/0336/initiatives", VALID.replace("\"LOCAL\"", "\"GALACTIC\"")), 400, "scope");
        assertProblem(post("/api/municipalities/0336/initiatives", VALID.replace("2026-04-01", "1. april")), 400, "startDate");
        assertProblem(post("/api/municipalities/0336/initiatives", "{\"name\": \"Trygt"), 400, "body");
        assertProblem(post("/api/municipalities/0999/initiatives", VALID), 404, "kommunekode");
        assertProblem(post("/api/municipalities/0411/initiatives", VALID), 404, "kommunekode");
        assertProblem(post("/api/municipalities/0336/initiatives",
                VALID.replace("\"natteliv\", \"rusmidler\"", "\"" + "x".repeat(70 * 1024) + "\"")), 413, "body");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_too() throws Exception {
        long before = eventCount();
        String huge = VALID.replace("\"natteliv\", \"rusmidler\"", "\"" + "x".repeat(70 * 1024) + "\"");
        HttpRequest request = HttpRequest.newBuilder(uri("/api/municipalities/0336/initiatives"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                .build();

        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413, "body");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void serves_the_reference_data() throws Exception {
        JsonNode districts = json.readTree(get("/api/reference/districts").body());
        assertThat(districts).hasSize(12);
        assertThat(districts.get(10).get("code").asText()).isEqualTo("1470");
        assertThat(districts.get(10).get("municipalities").findValuesAsText("name"))
                .containsExactly("København", "Frederiksberg", "Tårnby", "Dragør");

        JsonNode stevns = json.readTree(get("/api/reference/municipalities/336").body());
        assertThat(stevns.get("code").asText()).isEqualTo("0336");
        assertThat(stevns.get("districtCode").asText()).isEqualTo("1467");
        assertThat(stevns.get("districtName").asText()).isEqualTo("Midt- og Vestsjællands Politi");

        assertProblem(get("/api/reference/municipalities/0411"), 404, "kommunekode");
    }

    @Test
    void exposes_health_and_prometheus_metrics() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private String register() throws Exception {
        HttpResponse<String> created = post("/api/municipalities/0336/initiatives", VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    private EventEnvelope<?> awaitPublished(String aggregateId, String type) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                assertThat(record.key()).isEqualTo(record.headers().lastHeader("ce_subject") == null
                        ? null : new String(record.headers().lastHeader("ce_subject").value()));
                codec.fromRecord(record).ifPresent(published::add);
            }
            return published.stream()
                    .filter(event -> event.subject().equals(aggregateId) && event.type().equals(type))
                    .findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private List<String> storedEvents(String aggregateId) {
        return jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ? order by sequencenumber",
                String.class, aggregateId);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private void assertProblem(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        if (field != null) {
            assertThat(Stream.concat(Stream.ofNullable(problem.get("field")).map(JsonNode::asText),
                    problem.path("errors").findValuesAsText("field").stream())).contains(field);
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
