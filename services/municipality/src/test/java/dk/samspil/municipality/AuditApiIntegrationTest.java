package dk.samspil.municipality;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.Topics;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.Role;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestCallers;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6's audit, done when: the auditor asks "who saw or changed this" and the municipality answers with the changes
 * from its event store (who, in which request) and the reads of restricted data (who, for what purpose), the auditor's
 * own look included; nobody else may ask, and nobody can rewrite the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
        Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS})
class AuditApiIntegrationTest extends ServiceApiTest {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = LocalDate.now(DENMARK);
    private static final String INITIATIVES = "/api/municipalities/0336/initiatives";
    private static final Caller CONSULTANT = TestCallers.municipality("0336", Role.SSP_CONSULTANT);
    private static final Caller LEADER_GROUP = TestCallers.municipality("0336", Role.SSP_LEADER_GROUP);
    private static final Caller DISTRICT_COUNCIL = TestCallers.districtCouncil("1467");
    private static final Caller AUDITOR = TestCallers.withoutOrganisation(Role.AUDITOR);
    private static final String PURPOSE = "Forberedelse af kredsraadets moede om natteliv";

    private static final String WITH_COORDINATOR = """
            {"name": "Trygt natteliv i Store Heddinge", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
             "startDate": "%s", "endDate": "%s",
             "coordinator": {"name": "Mette Tovholdersen", "email": "mette.tovholdersen@stevns.dk",
                             "phone": "+45 56578899", "leaderGroupContact": "Politikommissær Hans Kontaktsen"}}
            """.formatted(TODAY.minusMonths(1), TODAY.plusMonths(11));
    private static final String WITHOUT_COORDINATOR = """
            {"name": "Natteravne", "preventionLevel": "PREVENTIVE", "scope": "LOCAL", "startDate": "%s", "endDate": "%s"}
            """.formatted(TODAY.minusMonths(1), TODAY.plusMonths(11));
    private static final String CONCERN = """
            {"title": "Unge samles ved stationen i Hårlev", "description": "Salg af nikotinposer om aftenen",
             "themes": ["NICOTINE_PRODUCTS"], "severity": "WATCH", "municipalityCodes": ["370"], "districtCodes": [],
             "observedOn": "%s"}
            """.formatted(TODAY.minusDays(2));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality_audit"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-audit-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    MongoDatabase readModelDatabase;

    @Test
    void the_auditor_sees_who_changed_and_who_saw_an_initiative_and_for_what_purpose() throws Exception {
        caller = CONSULTANT;
        String id = register(WITH_COORDINATOR, "registrering-1");
        String draftId = register(WITHOUT_COORDINATOR, "registrering-2");
        await().atMost(Duration.ofSeconds(15)).until(() -> readModelDatabase.getCollection("initiatives")
                .countDocuments(Filters.in("_id", id, draftId)) == 2);

        caller = DISTRICT_COUNCIL;
        HttpResponse<String> read = send(authorised(INITIATIVES + "/" + id).header("Samspil-Purpose", "  " + PURPOSE + " ")
                .header("X-Correlation-Id", "kredsraad-1").GET().build());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read(read.body()).at("/application/coordinator/name").asString()).isEqualTo("Mette Tovholdersen");
        caller = LEADER_GROUP;
        HttpResponse<String> list = get(INITIATIVES);
        assertThat(read(list.body()).findValuesAsString("id")).containsExactlyInAnyOrder(id, draftId);
        assertThat(get(INITIATIVES + "/" + draftId).statusCode()).isEqualTo(200);

        caller = AUDITOR;
        JsonNode history = audit("?subject=" + id);
        assertThat(history.get("subject").asString()).isEqualTo(id);
        assertThat(history.get("from").asString()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(Instant.parse(history.get("to").asString())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(history.get("truncated").asBoolean()).isFalse();
        JsonNode entries = history.get("entries");
        assertThat(entries).hasSize(3);
        assertThat(entries.findValuesAsString("at")).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));
        assertThat(entries.findValuesAsString("service")).containsOnly("municipality");

        JsonNode registered = entries.get(0);
        assertThat(registered.get("action").asString()).isEqualTo("change");
        assertThat(registered.get("what").asString()).isEqualTo("InitiativeRegisteredEvent");
        assertThat(registered.get("actorId").asString()).isEqualTo(CONSULTANT.subject());
        assertThat(registered.get("actorOrganisation").asString()).isEqualTo("MUNICIPALITY:0336");
        assertThat(registered.get("correlationId").asString()).isEqualTo("registrering-1");
        assertThat(registered.has("purpose")).isFalse();

        JsonNode districtRead = entries.get(1);
        assertThat(districtRead.get("action").asString()).isEqualTo("read");
        assertThat(districtRead.get("what").asString()).isEqualTo("initiative: GET " + INITIATIVES + "/" + id);
        assertThat(districtRead.get("actorId").asString()).isEqualTo(DISTRICT_COUNCIL.subject());
        assertThat(districtRead.get("actorOrganisation").asString()).isEqualTo("DISTRICT_COUNCIL:1467");
        assertThat(districtRead.get("purpose").asString()).isEqualTo(PURPOSE);
        assertThat(districtRead.get("correlationId").asString()).isEqualTo("kredsraad-1");

        JsonNode listRead = entries.get(2);
        assertThat(listRead.get("what").asString()).isEqualTo("initiative: GET " + INITIATIVES);
        assertThat(listRead.get("actorId").asString()).isEqualTo(LEADER_GROUP.subject());
        assertThat(listRead.get("purpose").asString()).isEqualTo("Oversigt over kommunens initiativer med tovholdernes kontaktdata");
        assertThat(listRead.get("correlationId").asString()).isEqualTo(list.headers().firstValue("X-Correlation-Id").orElseThrow());

        assertThat(audit("?subject=" + draftId).get("entries").findValuesAsString("action"))
                .as("an initiative without a coordinator shows no contact data: only its change").containsExactly("change");

        JsonNode again = audit("?subject=" + id).get("entries");
        assertThat(again).hasSize(4);
        JsonNode auditorsLook = again.get(3);
        assertThat(auditorsLook.get("what").asString()).isEqualTo("audit-log: GET /api/audit");
        assertThat(auditorsLook.get("actorId").asString()).isEqualTo(AUDITOR.subject());
        assertThat(auditorsLook.get("purpose").asString()).isEqualTo("Revision: opslag i revisionsloggen");

        long looks = auditLogReads();
        for (Caller notAnAuditor : List.of(CONSULTANT, LEADER_GROUP, DISTRICT_COUNCIL,
                TestCallers.withoutOrganisation(Role.ANALYST), TestCallers.withoutOrganisation(Role.OPERATOR))) {
            caller = notAnAuditor;
            assertProblem(get("/api/audit?subject=" + id), 403, null);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/audit?subject=" + id)).GET().build()).statusCode()).isEqualTo(401);
        assertThat(auditLogReads()).as("a refused look is no look").isEqualTo(looks);

        assertThatThrownBy(() -> jdbc.update("update audit_read set purpose = 'Ingen' where subject_id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_read where subject_id = ?", id))
                .isInstanceOf(DataAccessException.class);
        caller = AUDITOR;
        assertThat(audit("?subject=" + id).get("entries")).hasSize(5);
    }

    @Test
    void a_concern_s_details_read_alone_or_in_the_list_are_recorded() throws Exception {
        caller = null;
        HttpResponse<String> raised = post("/api/municipalities/0336/concerns", CONCERN);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        String concernId = read(raised.body()).get("concernId").asString();

        caller = DISTRICT_COUNCIL;
        HttpResponse<String> details = await().atMost(Duration.ofSeconds(15)).until(() -> send(
                authorised("/api/concerns/" + concernId).header("Samspil-Purpose", "Kredsraadets opfoelgning").GET().build()),
                response -> response.statusCode() == 200);
        assertThat(read(details.body()).get("description").asString()).isEqualTo("Salg af nikotinposer om aftenen");
        caller = null;
        assertThat(read(get("/api/municipalities/0336/concerns").body()).findValuesAsString("concernId")).contains(concernId);

        caller = AUDITOR;
        JsonNode entries = audit("?subject=" + concernId).get("entries");
        assertThat(entries.findValuesAsString("action")).containsExactly("change", "read", "read");
        assertThat(entries.get(0).get("what").asString()).isEqualTo("ConcernRaisedEvent");
        assertThat(entries.get(0).get("actorId").asString()).isEqualTo(TestCallers.municipalityStaff("0336").subject());
        assertThat(entries.get(1).get("what").asString()).isEqualTo("concern: GET /api/concerns/" + concernId);
        assertThat(entries.get(1).get("actorId").asString()).isEqualTo(DISTRICT_COUNCIL.subject());
        assertThat(entries.get(1).get("purpose").asString()).isEqualTo("Kredsraadets opfoelgning");
        assertThat(entries.get(2).get("what").asString()).isEqualTo("concern: GET /api/municipalities/0336/concerns");
        assertThat(entries.get(2).get("purpose").asString()).isEqualTo("Oversigt over bekymringer, der berører kommunen");
    }

    @Test
    void the_period_is_instants_or_danish_days_and_a_bad_question_is_answered_with_a_problem() throws Exception {
        caller = AUDITOR;
        LocalDate tomorrow = TODAY.plusDays(1);
        JsonNode days = audit("?subject=noget&from=" + tomorrow + "&to=" + tomorrow.plusDays(1));
        assertThat(days.get("from").asString()).isEqualTo(tomorrow.atStartOfDay(DENMARK).toInstant().toString());
        assertThat(days.get("to").asString()).isEqualTo(tomorrow.plusDays(2).atStartOfDay(DENMARK).toInstant()
                .minus(1, ChronoUnit.MICROS).toString());
        assertThat(days.get("entries")).isEmpty();
        JsonNode instants = audit("?subject=noget&from=2026-03-01T08:00:00Z&to=2026-03-01T09:00:00.5Z");
        assertThat(instants.get("from").asString()).isEqualTo("2026-03-01T08:00:00Z");
        assertThat(instants.get("to").asString()).isEqualTo("2026-03-01T09:00:00.500Z");
        long looks = auditLogReads();

        assertProblem(get("/api/audit"), 400, "subject");
        assertProblem(get("/api/audit?subject=%20"), 400, "subject");
        assertProblem(get("/api/audit?subject=noget&from=i-gaar"), 400, "from");
        assertProblem(get("/api/audit?subject=noget&from=2026-02-30"), 400, "from");
        assertProblem(get("/api/audit?subject=noget&to=13-01-2026"), 400, "to");
        assertProblem(get("/api/audit?subject=noget&from=2026-03-02&to=2026-03-01"), 422, "from");
        assertProblem(get("/api/audit?subject=noget&from=" + tomorrow), 422, "from");
        assertThat(auditLogReads()).as("nothing was read").isEqualTo(looks);
    }

    private String register(String application, String correlationId) throws Exception {
        HttpResponse<String> created = send(authorised(INITIATIVES).header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId).POST(HttpRequest.BodyPublishers.ofString(application)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created.body()).get("id").asString();
    }

    private JsonNode audit(String query) throws Exception {
        HttpResponse<String> response = get("/api/audit" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    private long auditLogReads() {
        return jdbc.queryForObject("select count(*) from audit_read where subject_type = 'audit-log'", Long.class);
    }
}
