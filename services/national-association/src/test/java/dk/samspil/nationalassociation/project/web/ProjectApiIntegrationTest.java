package dk.samspil.nationalassociation.project.web;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectCompleted;
import dk.samspil.contracts.national.ProjectGrantAccepted;
import dk.samspil.contracts.national.ProjectGrantApplied;
import dk.samspil.contracts.national.ProjectMilestoneSet;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectProposed;
import dk.samspil.contracts.national.ProjectStarted;
import dk.samspil.contracts.national.ProjectStopped;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
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

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The projects through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the Mongo-wire server.
 * Each scenario works on a project of its own, so they share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = Topics.NATIONAL_ASSOCIATION_PROJECTS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectApiIntegrationTest extends ServiceApiTest {

    private static final String PROJECTS = "/api/national/projects";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate START = TODAY.minusMonths(1);
    private static final LocalDate END = TODAY.plusYears(2);
    private static final String PROPOSAL = "{\"name\": \"%s\", \"purpose\": \"Train-the-trainer for forældresamarbejde\","
            + " \"owner\": \"SSP-Samrådet\", \"coOwners\": [\"Center for Forebyggelse\"], \"periodStart\": \"" + START
            + "\", \"periodEnd\": \"" + END + "\", \"strategicLeadRole\": \"Bestyrelsesformand\","
            + " \"staffLeadRole\": \"Projektleder\", \"professionalForums\": [\"Fagforum for forældresamarbejde\"],"
            + " \"partners\": [\"Forældrenetværket\"]}";
    private static final String MANDATE = "{\"boardMandate\": {\"decidedOn\": \"2026-11-12\", \"reference\": \"Punkt 4\"}}";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("national_association"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("national-association-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;

    private PublishedEvents published;

    @BeforeAll
    void subscribe() {
        published = new PublishedEvents(kafka.getBrokersAsString(), "national-association-api-test",
                Topics.NATIONAL_ASSOCIATION_PROJECTS);
    }

    @AfterAll
    void close() {
        published.close();
    }

    @Test
    void a_project_is_funded_run_with_pilot_municipalities_and_completed_and_every_step_is_published() throws Exception {
        HttpResponse<String> proposed = post(PROJECTS, PROPOSAL.formatted("Forældresamarbejde i SSP"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String projectId = read(proposed.body()).path("projectId").asString();
        String project = PROJECTS + "/" + projectId;
        assertThat(proposed.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(project));

        String grantId = created(post(project + "/grants", "{\"grantor\": \"Social- og Boligministeriet\", \"amount\": 3500000}"))
                .path("grantId").asString();
        assertThat(post(project + "/grants/" + grantId + "/award", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> accepted = post(project + "/grants/" + grantId + "/acceptance", MANDATE);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(post(project + "/start", "{}").statusCode()).isEqualTo(204);
        assertThat(created(post(project + "/pilot-municipalities", "{\"municipalityCode\": \"101\", \"role\": \"CO_DEVELOPER\"}"))
                .path("municipalityCode").asString()).isEqualTo("0101");
        created(post(project + "/pilot-municipalities", "{\"municipalityCode\": \"0851\", \"role\": \"PILOT\"}"));
        assertThat(post(project + "/pilot-municipalities/0101/joining", "{}").statusCode()).isEqualTo(204);
        String milestoneId = created(post(project + "/milestones", "{\"title\": \"Undervisere uddannet\", \"dueDate\": \""
                + TODAY.minusDays(1) + "\"}")).path("milestoneId").asString();
        created(post(project + "/milestones", "{\"title\": \"Materialer færdige\", \"dueDate\": \"" + END + "\"}"));
        assertThat(post(project + "/completion", "{}").statusCode()).isEqualTo(204);
        assertThat(storedEvents(projectId)).hasSize(11);

        EventEnvelope<?> proposal = published.await(projectId, EventTypes.PROJECT_PROPOSED.type());
        assertThat(proposal.source()).isEqualTo(URI.create("/national-association"));
        assertThat(proposal.payload()).isEqualTo(new ProjectProposed(projectId, "Forældresamarbejde i SSP",
                "Train-the-trainer for forældresamarbejde", "SSP-Samrådet", List.of("Center for Forebyggelse"), START, END,
                "Bestyrelsesformand", "Projektleder", List.of("Fagforum for forældresamarbejde"),
                List.of("Forældrenetværket")));
        assertThat(published.await(projectId, EventTypes.PROJECT_GRANT_APPLIED.type()).payload()).isEqualTo(
                new ProjectGrantApplied(projectId, grantId, "Social- og Boligministeriet", 3_500_000));
        assertThat(published.await(projectId, EventTypes.PROJECT_GRANT_ACCEPTED.type()).payload()).isEqualTo(
                new ProjectGrantAccepted(projectId, grantId, "Social- og Boligministeriet", 3_500_000,
                        LocalDate.parse("2026-11-12"), "Punkt 4"));
        assertThat(published.await(projectId, EventTypes.PROJECT_STARTED.type()).payload())
                .isEqualTo(new ProjectStarted(projectId, TODAY));
        assertThat(published.await(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, invited -> invited.projectId()
                .equals(projectId) && invited.municipalityCode().equals("0851")).payload()).isEqualTo(
                new ProjectPilotMunicipalityInvited(projectId, "Forældresamarbejde i SSP", "0851", "1460",
                        PilotMunicipalityRole.PILOT));
        assertThat(published.await(projectId, EventTypes.PROJECT_PILOT_MUNICIPALITY_JOINED.type()).payload()).isEqualTo(
                new ProjectPilotMunicipalityJoined(projectId, "Forældresamarbejde i SSP", "0101", "1470",
                        PilotMunicipalityRole.CO_DEVELOPER));
        assertThat(published.await(EventTypes.PROJECT_MILESTONE_SET, set -> set.milestoneId().equals(milestoneId))
                .payload()).isEqualTo(new ProjectMilestoneSet(projectId, milestoneId, "Undervisere uddannet",
                TODAY.minusDays(1)));
        assertThat(published.await(projectId, EventTypes.PROJECT_COMPLETED.type()).payload())
                .isEqualTo(new ProjectCompleted(projectId, TODAY));

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> read(get(project).body()),
                node -> node.path("status").asString().equals("COMPLETED"));
        assertThat(view.path("statusLabel").asString()).isEqualTo("afsluttet");
        assertThat(view.path("grants").findValuesAsString("status")).containsExactly("ACCEPTED");
        assertThat(view.path("pilotMunicipalities").findValuesAsString("municipalityCode")).containsExactly("0101", "0851");
        assertThat(view.path("pilotMunicipalities").findValuesAsString("statusLabel")).containsExactly("deltager", "inviteret");
        assertThat(view.path("pilotMunicipalities").findValuesAsString("districtCode")).containsExactly("1470", "1460");
        assertThat(view.path("milestones").findValuesAsString("overdue")).containsExactly("true", "false");
        assertThat(read(get(PROJECTS).body()).findValuesAsString("projectId")).contains(projectId);
    }

    @Test
    void wrong_transitions_are_conflicts_with_the_current_status_and_store_nothing() throws Exception {
        String projectId = created(post(PROJECTS, PROPOSAL.formatted("Digital tilstedeværelse"))).path("projectId").asString();
        String project = PROJECTS + "/" + projectId;

        JsonNode notFunded = assertProblem(post(project + "/start", "{}"), 409, null);
        assertThat(notFunded.path("currentStatus").asString()).isEqualTo("PROPOSED");
        assertThat(notFunded.path("currentStatusLabel").asString()).isEqualTo("foreslået");
        String grantId = created(post(project + "/grants", "{\"grantor\": \"TrygFonden\", \"amount\": 750000}"))
                .path("grantId").asString();
        JsonNode notAwarded = assertProblem(post(project + "/grants/" + grantId + "/acceptance", MANDATE), 409, null);
        assertThat(notAwarded.path("currentStatus").asString()).isEqualTo("APPLIED");
        assertThat(assertProblem(post(project + "/completion", "{}"), 409, null).path("currentStatus").asString())
                .isEqualTo("FUNDING_APPLIED");
        assertThat(post(project + "/stop", "{\"reason\": \"Ingen bevilling\"}").statusCode()).isEqualTo(204);
        assertThat(assertProblem(post(project + "/stop", "{\"reason\": \"Igen\"}"), 409, null).path("currentStatus")
                .asString()).isEqualTo("STOPPED");
        assertThat(storedEvents(projectId)).hasSize(3);
        assertThat(published.await(projectId, EventTypes.PROJECT_STOPPED.type()).payload())
                .isEqualTo(new ProjectStopped(projectId, TODAY, "Ingen bevilling"));
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_value_and_stores_nothing() throws Exception {
        String projectId = created(post(PROJECTS, PROPOSAL.formatted("Hjemmeside"))).path("projectId").asString();
        String project = PROJECTS + "/" + projectId;
        String grantId = created(post(project + "/grants", "{\"grantor\": \"Fonden\", \"amount\": 1000}"))
                .path("grantId").asString();
        assertThat(post(project + "/grants/" + grantId + "/award", "{}").statusCode()).isEqualTo(204);
        long stored = eventCount();

        assertProblem(post(PROJECTS, "{\"name\": \"\", \"periodStart\": \"2027-01-01\"}"), 400, "name");
        assertProblem(post(PROJECTS, "{\"name\": \"x\"}"), 400, "periodEnd");
        assertThat(assertProblem(post(PROJECTS, PROPOSAL.formatted("Baglæns").replace("\"periodEnd\": \"" + END,
                "\"periodEnd\": \"" + START.minusDays(1))), 422, "periodEnd").path("value").asString())
                .isEqualTo(START.minusDays(1).toString());
        assertThat(assertProblem(post(project + "/grants", "{\"grantor\": \"Fonden\", \"amount\": 0}"), 422, "amount")
                .path("value").asString()).isEqualTo("0");
        assertThat(assertProblem(post(project + "/grants", "{\"grantor\": \"Fonden\", \"amount\": 100000001}"), 422,
                "amount").path("value").asString()).isEqualTo("100000001");
        assertProblem(post(project + "/grants", "{\"grantor\": \"Fonden\"}"), 400, "amount");
        assertProblem(post(project + "/grants/" + grantId + "/acceptance", "{}"), 422, "boardMandate");
        assertProblem(post(project + "/grants/" + grantId + "/acceptance", "{\"boardMandate\": {\"reference\": \"x\"}}"),
                400, "boardMandate.decidedOn");
        assertThat(assertProblem(post(project + "/pilot-municipalities",
                "{\"municipalityCode\": \"0999\", \"role\": \"PILOT\"}"), 422, "municipalityCode").path("value").asString())
                .isEqualTo("0999");
        assertProblem(post(project + "/pilot-municipalities", "{\"municipalityCode\": \"0101\", \"role\": \"BOSS\"}"),
                400, "role");
        assertThat(assertProblem(post(project + "/milestones", "{\"title\": \"Lancering\", \"dueDate\": \""
                + END.plusDays(1) + "\"}"), 422, "dueDate").path("value").asString()).isEqualTo(END.plusDays(1).toString());
        assertProblem(post(project + "/stop", "{}"), 400, "reason");
        assertProblem(post(project + "/grants/unknown/award", "{}"), 404, "grantId");
        assertProblem(post(project + "/milestones/unknown/reached", "{}"), 404, "milestoneId");
        assertProblem(post(project + "/pilot-municipalities/0101/joining", "{}"), 404, "municipalityCode");
        assertProblem(post(PROJECTS + "/unknown/start", "{}"), 404, "projectId");
        assertProblem(get(PROJECTS + "/unknown"), 404, "projectId");
        assertThat(eventCount()).isEqualTo(stored);
    }

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return read(response.body());
    }
}
