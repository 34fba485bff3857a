package dk.samspil.municipality.similar.web;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.InitiativeWithdrawn;
import dk.samspil.municipality.similar.SimilarInitiativeEvents.Application;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import dk.samspil.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static dk.samspil.contracts.municipality.InitiativeStatus.DRAFT;
import static dk.samspil.contracts.municipality.InitiativeStatus.SUBMITTED;
import static dk.samspil.contracts.municipality.KnowledgeBasedMethod.PEER_TO_PEER;
import static dk.samspil.contracts.municipality.TargetGroup.CHILDREN_AND_YOUNG_PEOPLE;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.envelope;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.registered;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.revised;
import static dk.samspil.municipality.similar.SimilarInitiativeEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search fed by contract events on a real Kafka broker, stored on the Mongo-wire server, asked through HTTP; the
 * service's event store runs on embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
@EmbeddedKafka(partitions = 6, topics = Topics.MUNICIPALITY_INITIATIVES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(TestTokens.Support.class)
class SimilarInitiativeApiIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Application SKATERS = new Application("Skaterbane med voksne ildsjæle",
            List.of("Unge skatere hjælper hinanden med at holde banen fri for hash"),
            List.of("Fritid", "Rusmidler"), List.of(CHILDREN_AND_YOUNG_PEOPLE), List.of(PEER_TO_PEER));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality_similar"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-similar-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    TestRestTemplate http;

    private ContractTraffic kafka;

    @BeforeAll
    void connect(@Autowired EmbeddedKafkaBroker broker) {
        kafka = new ContractTraffic(broker.getBrokersAsString());
    }

    @AfterAll
    void disconnect() {
        kafka.close();
    }

    @Test
    void initiatives_published_on_kafka_are_found_with_what_they_matched() {
        kafka.publish(
                registered("sim-1", "0336", SKATERS, SUBMITTED),
                registered("sim-2", "0101", SKATERS, DRAFT),
                registered("sim-3", "0751", SKATERS, SUBMITTED),
                envelope(EventTypes.INITIATIVE_WITHDRAWN, "sim-3", "0751", 1,
                        new InitiativeWithdrawn("sim-3", "0751", "Banen blev revet ned")),
                registered("sim-4", "0400", SKATERS, DRAFT),
                revised("sim-4", "0400", 1, new Application("Skaterbane på havnen", List.of(), List.of("Fritid"),
                        List.of(), List.of())),
                submitted("sim-4", "0400", 2));

        await().atMost(WAIT).untilAsserted(() -> assertThat(hits(search("text=skaterbanen"))
                .findValuesAsString("initiativeId")).containsExactly("sim-1", "sim-4"));

        JsonNode result = search("text=Skaterbanen+for+unge+skatere&themes=rusmidler,Fritid"
                + "&targetGroup=CHILDREN_AND_YOUNG_PEOPLE&method=PEER_TO_PEER&limit=5");
        assertThat(result.path("query").path("words").toString()).isEqualTo("[\"skaterbanen\",\"unge\",\"skatere\"]");
        assertThat(result.path("query").path("themes").toString()).isEqualTo("[\"rusmidler\",\"Fritid\"]");
        assertThat(result.path("query").path("targetGroup").asString()).isEqualTo("CHILDREN_AND_YOUNG_PEOPLE");
        assertThat(result.path("query").path("method").asString()).isEqualTo("PEER_TO_PEER");
        assertThat(result.path("excluded").toString()).isEqualTo("[\"DRAFT\",\"REJECTED\",\"WITHDRAWN\"]");
        JsonNode stevns = hits(result).get(0);
        assertThat(stevns.path("initiativeId").asString()).isEqualTo("sim-1");
        assertThat(stevns.path("municipalityCode").asString()).isEqualTo("0336");
        assertThat(stevns.path("municipalityName").asString()).isEqualTo("Stevns");
        assertThat(stevns.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(stevns.path("statusLabel").asString()).isEqualTo(InitiativeStatus.SUBMITTED.label());
        assertThat(stevns.path("score").asDouble()).isPositive();
        assertThat(stevns.path("matched").path("words").toString()).isEqualTo("[\"skaterbanen\",\"unge\",\"skatere\"]");
        assertThat(stevns.path("matched").path("themes").toString()).isEqualTo("[\"rusmidler\",\"Fritid\"]");
        assertThat(stevns.path("matched").path("targetGroups").toString()).isEqualTo("[\"CHILDREN_AND_YOUNG_PEOPLE\"]");
        assertThat(stevns.path("matched").path("methods").toString()).isEqualTo("[\"PEER_TO_PEER\"]");
        JsonNode bornholm = hits(result).get(1);
        assertThat(bornholm.path("municipalityName").asString()).isEqualTo("Bornholm");
        assertThat(bornholm.path("matched").path("words").toString()).isEqualTo("[\"skaterbanen\"]");
        assertThat(bornholm.path("matched").path("themes").toString()).isEqualTo("[\"Fritid\"]");
        assertThat(stevns.path("score").asDouble()).isGreaterThan(bornholm.path("score").asDouble());
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_later_records_still_apply() {
        String deadLetters = Topics.deadLetterTopic(Topics.MUNICIPALITY_INITIATIVES, "municipality-similar");
        kafka.send(ContractTraffic.withoutCloudEventHeaders(Topics.MUNICIPALITY_INITIATIVES, "sim-poison-1"));
        kafka.send(kafka.withUnreadablePayload(registered("sim-poison-2", "0336", SKATERS, SUBMITTED)));
        kafka.publish(registered("sim-poison-3", "0411", SKATERS, SUBMITTED));
        kafka.publish(registered("sim-poison-1", "0860", new Application("Trampolinpark for hele familien",
                List.of(), List.of(), List.of(), List.of()), SUBMITTED));

        await().atMost(WAIT).untilAsserted(() -> assertThat(kafka.readAll(deadLetters))
                .extracting(ConsumerRecord::key).contains("sim-poison-1", "sim-poison-2", "sim-poison-3"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(hits(search("text=trampolinparken"))
                .findValuesAsString("initiativeId")).containsExactly("sim-poison-1"));
    }

    @Test
    void bad_input_is_a_400_problem_naming_the_parameter() {
        assertProblem("", "text");
        assertProblem("text=og+i+at+for+med", "text");
        assertProblem("text=" + "a".repeat(501), "text");
        assertProblem("text=hash&limit=0", "limit");
        assertProblem("text=hash&limit=51", "limit");
        assertProblem("text=hash&limit=ti", "limit");
        assertProblem("themes=" + "x".repeat(201), "themes");
        JsonNode group = assertProblem("targetGroup=TEENAGERS", "targetGroup");
        assertThat(group.path("allowed").toString())
                .isEqualTo("[\"CHILDREN_AND_YOUNG_PEOPLE\",\"PARENTS_AND_FAMILY\",\"PROFESSIONALS\"]");
        assertThat(group.path("detail").asString()).contains("TEENAGERS", "PARENTS_AND_FAMILY");
        JsonNode method = assertProblem("text=hash&method=HYPNOSIS", "method");
        assertThat(method.path("allowed")).hasSize(8);

        assertThat(http.getForEntity("/api/initiatives/similar?text=hash&limit=50&method=peer_to_peer", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode assertProblem(String parameters, String field) {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/initiatives/similar?" + parameters, JsonNode.class);
        assertThat(response.getStatusCode()).as(parameters).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("field").asString()).as(parameters).isEqualTo(field);
        return response.getBody();
    }

    private JsonNode search(String parameters) {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/initiatives/similar?" + parameters, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static JsonNode hits(JsonNode result) {
        return result.path("hits");
    }
}
