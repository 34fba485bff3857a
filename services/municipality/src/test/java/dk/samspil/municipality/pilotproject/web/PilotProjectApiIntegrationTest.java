package dk.samspil.municipality.pilotproject.web;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.testing.ContractTraffic;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;

import static dk.samspil.contracts.national.PilotMunicipalityRole.CO_DEVELOPER;
import static dk.samspil.contracts.national.PilotMunicipalityRole.PILOT;
import static dk.samspil.municipality.pilotproject.ProjectEvents.grantAccepted;
import static dk.samspil.municipality.pilotproject.ProjectEvents.grantApplied;
import static dk.samspil.municipality.pilotproject.ProjectEvents.invited;
import static dk.samspil.municipality.pilotproject.ProjectEvents.joined;
import static dk.samspil.municipality.pilotproject.ProjectEvents.left;
import static dk.samspil.municipality.pilotproject.ProjectEvents.proposed;
import static dk.samspil.municipality.pilotproject.ProjectEvents.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Project events published by the national association on a real Kafka broker, encoded with the contract codec,
 * stored on the Mongo-wire server and read through HTTP; the service's event store runs on embedded PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = Topics.NATIONAL_ASSOCIATION_PROJECTS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotProjectApiIntegrationTest extends ServiceApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PARENTS = "Forældresamarbejde 2026-2028";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality_pilot_projects"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-pilot-projects-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

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
    void projects_published_on_kafka_show_for_their_pilot_municipalities() throws Exception {
        kafka.publish(
                proposed("pp-1", PARENTS, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                invited("pp-1", 1, PARENTS, "0336", CO_DEVELOPER),
                invited("pp-1", 2, PARENTS, "0320", PILOT),
                joined("pp-1", 3, PARENTS, "0336", CO_DEVELOPER),
                grantApplied("pp-1", 4, "g-1"),
                grantAccepted("pp-1", 5, "g-1"),
                left("pp-1", 6, PARENTS, "0320", PILOT),
                started("pp-1", 7));

        await().atMost(WAIT).untilAsserted(() -> assertThat(projects("0336").findValuesAsString("statusLabel"))
                .containsExactly("i gang"));
        JsonNode stevns = projects("0336").get(0);
        assertThat(stevns.path("projectId").asString()).isEqualTo("pp-1");
        assertThat(stevns.path("name").asString()).isEqualTo(PARENTS);
        assertThat(stevns.path("periodStart").asString()).isEqualTo("2026-01-01");
        assertThat(stevns.path("periodEnd").asString()).isEqualTo("2028-12-31");
        assertThat(stevns.path("status").asString()).isEqualTo("RUNNING");
        assertThat(stevns.path("role").asString()).isEqualTo("CO_DEVELOPER");
        assertThat(stevns.path("roleLabel").asString()).isEqualTo("medudvikler");
        assertThat(stevns.path("pilotStatus").asString()).isEqualTo("JOINED");
        assertThat(stevns.path("pilotStatusLabel").asString()).isEqualTo("deltager");
        JsonNode faxe = projects("0320").get(0);
        assertThat(faxe.path("pilotStatusLabel").asString()).isEqualTo("udtrådt");
        assertThat(faxe.path("statusLabel").asString()).isEqualTo("i gang");
        assertThat(faxe.path("roleLabel").asString()).isEqualTo("afprøvningskommune");
        assertThat(projects("336").get(0).path("projectId").asString()).as("3-digit kommunekode").isEqualTo("pp-1");
        assertThat(projects("0259")).as("Køge was not invited").isEmpty();
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_next_one_is_still_applied() throws Exception {
        String deadLetters = Topics.deadLetterTopic(Topics.NATIONAL_ASSOCIATION_PROJECTS,
                "municipality-pilot-projects");
        kafka.send(ContractTraffic.withoutCloudEventHeaders(Topics.NATIONAL_ASSOCIATION_PROJECTS, "pp-poison"));
        kafka.publish(invited("pp-unknown", 1, "Ukendt kommune", "0999", PILOT));
        // Same key as the broken record, so it queues behind it on the same partition.
        kafka.publish(invited("pp-poison", 1, "Nattevandring i Hjørring", "0860", PILOT));

        await().atMost(WAIT).untilAsserted(() -> assertThat(kafka.readAll(deadLetters))
                .extracting(ConsumerRecord::key).contains("pp-poison", "pp-unknown"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(projects("0860").findValuesAsString("projectId"))
                .containsExactly("pp-poison"));
    }

    @Test
    void an_unknown_kommunekode_is_a_404_problem_naming_the_field() throws Exception {
        assertProblem(get("/api/municipalities/0999/projects"), 404, "kommunekode");
        assertProblem(get("/api/municipalities/0411/projects"), 404, "kommunekode");
        assertProblem(get("/api/municipalities/abc/projects"), 404, "kommunekode");
    }

    private JsonNode projects(String kommunekode) throws Exception {
        var response = get("/api/municipalities/" + kommunekode + "/projects");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }
}
