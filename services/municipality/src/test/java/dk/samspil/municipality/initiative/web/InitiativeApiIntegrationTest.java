package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.InitiativeBudgetApproved;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The initiative's whole life through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the
 * Mongo-wire server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
@EmbeddedKafka(partitions = 6, topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
        Topics.MUNICIPALITY_ACTION_PLANS})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeApiIntegrationTest extends ServiceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    /** Receipts are due 15 December: after that, the next year's pool is the one in use. */
    private static final int POOL_YEAR = MonthDay.from(TODAY).isAfter(MonthDay.of(12, 15)) ? TODAY.getYear() + 1 : TODAY.getYear();
    private static final String STEVNS = "/api/municipalities/0336";
    private static final String INITIATIVES = STEVNS + "/initiatives";
    private static final String COMMAND = "dk.samspil.municipality.initiative.command.";
    private static final String COORDINATOR_NAME = "Mette Tovholdersen";
    private static final String COORDINATOR_EMAIL = "mette.tovholdersen@stevns.dk";
    private static final String COORDINATOR_PHONE = "+45 56578899";
    private static final String LEADER_GROUP_CONTACT = "Politikommissær Hans Kontaktsen";

    /** A complete application: two SSP parties, two local areas, a method, 100,000 kr. settled in the pool year. */
    private static final String APPLICATION = """
            {"name": "Trygt natteliv i Store Heddinge", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
             "startDate": "%s", "endDate": "%s", "themes": ["natteliv", "rusmidler"],
             "targetAgeFrom": 13, "targetAgeTo": 17, "targetGroups": ["CHILDREN_AND_YOUNG_PEOPLE", "PARENTS_AND_FAMILY"],
             "goals": ["Færre unge i uro i nattelivet"], "partners": ["SCHOOL", "POLICE", "CLUBS_LEISURE"],
             "evaluationPlan": "Måling før og efter", "knowledgeSharing": "Deles i SSP-netværket",
             "coordinator": {"name": "%s", "email": "%s", "phone": "%s", "leaderGroupContact": "%s"},
             "localAreas": ["Store Heddinge", "Hårlev"], "organisationalUnit": "Ungdomsskolen",
             "methods": ["PEER_TO_PEER"],
             "budgetLines": [{"heading": "Materialer", "expectedAmount": 20000, "settlementMonth": "%d-10"},
                             {"heading": "Løn", "expectedAmount": 80000, "settlementMonth": "%d-11"}]}
            """.formatted(TODAY.minusMonths(8), TODAY.plusMonths(8), COORDINATOR_NAME, COORDINATOR_EMAIL,
            COORDINATOR_PHONE, LEADER_GROUP_CONTACT, POOL_YEAR, POOL_YEAR);
    private static final String DRAFT = """
            {"name": "Natteravne", "preventionLevel": "PREVENTIVE", "scope": "LOCAL",
             "startDate": "%s", "endDate": "%s"}""".formatted(TODAY.minusMonths(1), TODAY.plusMonths(11));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-api-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;

    private PublishedEvents published;

    @BeforeAll
    void subscribeAndOpenThePool() throws Exception {
        published = new PublishedEvents(kafka.getBrokersAsString(),
                "municipality-api-test", Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS);
        HttpResponse<String> opened = post(STEVNS + "/funding-pools", "{\"accountingYear\": " + POOL_YEAR + ", \"amount\": 1000000}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    @AfterAll
    void close() {
        published.close();
    }

    @Test
    void a_consultant_takes_an_initiative_through_every_state() throws Exception {
        String id = register(APPLICATION.replace("Trygt natteliv i Store Heddinge", "Trygt natteliv (kladde)"));
        JsonNode draft = awaitInitiative(id, initiative -> true);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("statusLabel").asString()).isEqualTo("kladde");

        assertStep(put(INITIATIVES + "/" + id + "/application", APPLICATION), id, "DRAFT", "kladde");
        assertStep(post(INITIATIVES + "/" + id + "/submission", ""), id, "SUBMITTED", "indsendt");
        assertStep(post(INITIATIVES + "/" + id + "/approval", "{\"leaderGroupArea\": \"Hårlev\"}"), id, "APPROVED",
                "godkendt af SSP-ledergruppen");
        assertStep(post(INITIATIVES + "/" + id + "/budget-approval", "{\"accountingYear\": " + POOL_YEAR + "}"), id,
                "BUDGET_APPROVED", "budget godkendt");
        JsonNode reserved = awaitPool(STEVNS, pool -> pool.get("reservations").findValuesAsString("initiativeId").contains(id));
        assertThat(reservation(reserved, id).get("amount").asLong()).isEqualTo(100_000);

        assertStep(post(INITIATIVES + "/" + id + "/activation", "{\"activatedOn\": \"" + TODAY.minusMonths(7) + "\"}"),
                id, "ACTIVE", "i gang");
        JsonNode overdue = awaitInitiative(id, initiative -> initiative.get("status").asString().equals("ACTIVE"));
        assertThat(overdue.get("activatedOn").asString()).isEqualTo(TODAY.minusMonths(7).toString());
        assertThat(overdue.get("statusReportDue").asString()).isEqualTo(TODAY.minusMonths(7).plusMonths(6).toString());
        assertThat(overdue.get("statusReportOverdue").asBoolean()).isTrue();

        assertStep(post(INITIATIVES + "/" + id + "/status-reports", "{\"summary\": \"Roligere weekender\"}"), id, "ACTIVE", "i gang");
        JsonNode reported = awaitInitiative(id, initiative -> initiative.get("history").size() == 7);
        assertThat(reported.get("statusReportDue").asString()).isEqualTo(TODAY.plusMonths(6).toString());
        assertThat(reported.get("statusReportOverdue").asBoolean()).isFalse();

        assertStep(post(INITIATIVES + "/" + id + "/pause", "{\"reason\": \"Tovholderen er sygemeldt\"}"), id, "PAUSED", "sat på pause");
        assertStep(post(INITIATIVES + "/" + id + "/resumption", ""), id, "ACTIVE", "i gang");
        assertStep(post(INITIATIVES + "/" + id + "/completion", """
                {"finalEvaluation": "Færre anmeldelser i weekenderne",
                 "actualAmounts": [{"heading": "Materialer", "amount": 15000}, {"heading": "Løn", "amount": 80000}]}"""),
                id, "COMPLETED", "afsluttet");

        JsonNode completed = awaitInitiative(id, initiative -> initiative.get("status").asString().equals("COMPLETED"));
        assertThat(completed.get("id").asString()).isEqualTo(id);
        assertThat(completed.get("municipalityCode").asString()).isEqualTo("0336");
        assertThat(completed.get("statusLabel").asString()).isEqualTo("afsluttet");
        assertThat(completed.get("statusReportOverdue").asBoolean()).isFalse();
        assertThat(completed.get("application").get("name").asString()).isEqualTo("Trygt natteliv i Store Heddinge");
        assertThat(completed.get("application").get("coordinator").get("email").asString()).isEqualTo(COORDINATOR_EMAIL);
        assertThat(completed.get("leaderGroupArea").asString()).isEqualTo("Hårlev");
        assertThat(completed.get("fundingPoolId").asString()).isEqualTo("0336-" + POOL_YEAR);
        assertThat(completed.get("unmetCriteria")).isEmpty();
        assertThat(completed.get("budgetTotal").asLong()).isEqualTo(100_000);
        assertThat(completed.get("actualTotal").asLong()).isEqualTo(95_000);
        assertThat(completed.get("finalEvaluation").asString()).isEqualTo("Færre anmeldelser i weekenderne");
        assertThat(completed.get("application").get("budgetLines").findValuesAsString("actualAmount")).containsExactly("15000", "80000");
        assertThat(completed.get("history").findValuesAsString("step")).containsExactly("registered", "application-revised",
                "submitted", "approved", "budget-approved", "activated", "status-reported", "paused", "resumed", "completed");
        assertThat(completed.get("history").get(6).get("note").asString()).isEqualTo("Roligere weekender");
        assertThat(read(get(INITIATIVES).body()).findValuesAsString("id")).contains(id);

        JsonNode settled = awaitPool(STEVNS, pool -> pool.get("settlements").findValuesAsString("initiativeId").contains(id));
        assertThat(settled.get("reservations").findValuesAsString("initiativeId")).doesNotContain(id);

        assertThat(storedEvents(id)).containsExactly(COMMAND + "InitiativeRegisteredEvent",
                COMMAND + "InitiativeApplicationRevisedEvent", COMMAND + "InitiativeSubmittedEvent",
                COMMAND + "InitiativeApprovedEvent", COMMAND + "InitiativeBudgetApprovedEvent",
                COMMAND + "InitiativeActivatedEvent", COMMAND + "InitiativeStatusReportedEvent",
                COMMAND + "InitiativePausedEvent", COMMAND + "InitiativeResumedEvent", COMMAND + "InitiativeCompletedEvent");

        List<EventType<?>> types = List.of(EventTypes.INITIATIVE_REGISTERED, EventTypes.INITIATIVE_APPLICATION_REVISED,
                EventTypes.INITIATIVE_SUBMITTED, EventTypes.INITIATIVE_APPROVED, EventTypes.INITIATIVE_BUDGET_APPROVED,
                EventTypes.INITIATIVE_ACTIVATED, EventTypes.INITIATIVE_STATUS_REPORTED, EventTypes.INITIATIVE_PAUSED,
                EventTypes.INITIATIVE_RESUMED, EventTypes.INITIATIVE_COMPLETED);
        for (int sequence = 0; sequence < types.size(); sequence++) {
            assertThat(published.await(id, types.get(sequence).type()).aggregateSequence()).isEqualTo(sequence);
        }
        assertThat(published.records().stream().filter(record -> Topics.MUNICIPALITY_INITIATIVES.equals(record.topic())
                && new String(record.value(), StandardCharsets.UTF_8).contains(id)))
                .hasSize(types.size()).allSatisfy(record -> assertThat(record.key()).isEqualTo(id));

        InitiativeRegistered registered = (InitiativeRegistered) published.await(id, EventTypes.INITIATIVE_REGISTERED.type()).payload();
        assertThat(registered).isEqualTo(new InitiativeRegistered(id, "0336", "Trygt natteliv (kladde)",
                PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, TODAY.minusMonths(8), TODAY.plusMonths(8),
                List.of("natteliv", "rusmidler"), InitiativeStatus.DRAFT, 13, 17,
                List.of(TargetGroup.CHILDREN_AND_YOUNG_PEOPLE, TargetGroup.PARENTS_AND_FAMILY),
                List.of("Færre unge i uro i nattelivet"), List.of(Partner.SCHOOL, Partner.POLICE, Partner.CLUBS_LEISURE),
                "Måling før og efter", "Deles i SSP-netværket", List.of("Store Heddinge", "Hårlev"), "Ungdomsskolen",
                List.of(KnowledgeBasedMethod.PEER_TO_PEER),
                List.of(new BudgetLine("Materialer", 20_000, YearMonth.of(POOL_YEAR, 10), null),
                        new BudgetLine("Løn", 80_000, YearMonth.of(POOL_YEAR, 11), null))));
        InitiativeBudgetApproved budgetApproved =
                (InitiativeBudgetApproved) published.await(id, EventTypes.INITIATIVE_BUDGET_APPROVED.type()).payload();
        assertThat(budgetApproved.fundingPoolId()).isEqualTo("0336-" + POOL_YEAR);
        assertThat(budgetApproved.budgetTotal()).isEqualTo(100_000);
        published.await("0336-" + POOL_YEAR, EventTypes.FUNDING_POOL_FUNDS_SETTLED.type());

        assertThat(published.records()).allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .doesNotContain(COORDINATOR_NAME, COORDINATOR_EMAIL, COORDINATOR_PHONE, LEADER_GROUP_CONTACT));
    }

    @Test
    void the_leader_group_rejects_an_initiative_with_a_reason() throws Exception {
        String id = submitted(APPLICATION);

        assertStep(post(INITIATIVES + "/" + id + "/rejection", "{\"reason\": \"Uden for SSP's målgruppe\"}"), id,
                "REJECTED", "afvist");

        JsonNode rejected = awaitInitiative(id, initiative -> initiative.get("status").asString().equals("REJECTED"));
        assertThat(rejected.get("history").get(2).get("note").asString()).isEqualTo("Uden for SSP's målgruppe");
        assertThat(published.await(id, EventTypes.INITIATIVE_REJECTED.type()).aggregateSequence()).isEqualTo(2);
        assertThat(assertProblem(post(INITIATIVES + "/" + id + "/withdrawal", "{\"reason\": \"For sent\"}"), 409, null)
                .get("currentStatus").asString()).isEqualTo("REJECTED");
        assertThat(storedEvents(id)).hasSize(3);
    }

    @Test
    void an_initiative_approved_without_funding_is_withdrawn() throws Exception {
        String id = approved(APPLICATION);

        assertStep(post(INITIATIVES + "/" + id + "/approval-without-funding", "{\"reason\": \"Skolen betaler selv\"}"),
                id, "APPROVED_WITHOUT_FUNDING", "godkendt uden midler");
        assertStep(post(INITIATIVES + "/" + id + "/withdrawal", "{\"reason\": \"Skolen har ikke tid\"}"), id,
                "WITHDRAWN", "trukket tilbage");

        JsonNode withdrawn = awaitInitiative(id, initiative -> initiative.get("status").asString().equals("WITHDRAWN"));
        assertThat(withdrawn.get("statusLabel").asString()).isEqualTo("trukket tilbage");
        assertThat(withdrawn.get("history").findValuesAsString("step")).containsExactly("registered", "submitted",
                "approved", "approved-without-funding", "withdrawn");
        assertThat(storedEvents(id)).endsWith(COMMAND + "InitiativeApprovedWithoutFundingEvent", COMMAND + "InitiativeWithdrawnEvent");
        published.await(id, EventTypes.INITIATIVE_APPROVED_WITHOUT_FUNDING.type());
        assertThat(published.await(id, EventTypes.INITIATIVE_WITHDRAWN.type()).aggregateSequence()).isEqualTo(4);
    }

    @Test
    void withdrawing_a_budget_approved_initiative_releases_its_reservation() throws Exception {
        String id = approved(APPLICATION);
        assertStep(post(INITIATIVES + "/" + id + "/budget-approval", "{\"accountingYear\": " + POOL_YEAR + "}"), id,
                "BUDGET_APPROVED", "budget godkendt");
        awaitPool(STEVNS, pool -> pool.get("reservations").findValuesAsString("initiativeId").contains(id));

        assertStep(post(INITIATIVES + "/" + id + "/withdrawal", "{\"reason\": \"Ingen frivillige\"}"), id,
                "WITHDRAWN", "trukket tilbage");

        awaitPool(STEVNS, pool -> !pool.get("reservations").findValuesAsString("initiativeId").contains(id));
        assertThat(awaitInitiative(id, initiative -> initiative.get("status").asString().equals("WITHDRAWN"))
                .get("history").findValuesAsString("step")).endsWith("budget-approved", "withdrawn");
        assertThat(jdbc.queryForList("select payloadtype from domainevententry where aggregateidentifier = ? "
                + "order by sequencenumber desc limit 1", String.class, "0336-" + POOL_YEAR))
                .containsExactly("dk.samspil.municipality.fundingpool.command.FundingPoolFundsReleasedEvent");
        published.await(id, EventTypes.INITIATIVE_WITHDRAWN.type());
        published.await("0336-" + POOL_YEAR, EventTypes.FUNDING_POOL_FUNDS_RELEASED.type());
    }

    @Test
    void the_skeleton_s_registration_still_reads_and_can_be_approved() throws Exception {
        String id = UUID.randomUUID().toString();
        String payload = """
                {"initiativeId":"%s","municipalityCode":"0336","name":"Natteravne i Rødvig","preventionLevel":"PREVENTIVE",\
                "scope":"LOCAL","startDate":"2025-03-01","endDate":"2025-12-31","themes":["natteliv","tryghed"]}""".formatted(id);
        jdbc.update("insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                        + "payload, payloadrevision, payloadtype, timestamp) values (?, 0, 'Initiative', ?, ?, ?, '1', ?, ?)",
                id, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), COMMAND + "InitiativeRegisteredEvent", Instant.now().toString());

        assertStep(post(INITIATIVES + "/" + id + "/approval", ""), id, "APPROVED", "godkendt af SSP-ledergruppen");

        assertThat(jdbc.queryForList("select payloadtype || ' ' || payloadrevision from domainevententry "
                + "where aggregateidentifier = ? order by sequencenumber", String.class, id))
                .containsExactly(COMMAND + "InitiativeRegisteredEvent 1", COMMAND + "InitiativeApprovedEvent 1");
        JsonNode approved = awaitInitiative(id, initiative -> initiative.get("status").asString().equals("APPROVED"));
        assertThat(approved.get("application").get("name").asString()).isEqualTo("Natteravne i Rødvig");
        assertThat(approved.get("history").findValuesAsString("label")).containsExactly("registreret og indsendt",
                "godkendt af SSP-ledergruppen");
        assertThat(((InitiativeRegistered) published.await(id, EventTypes.INITIATIVE_REGISTERED.type()).payload()).status())
                .isEqualTo(InitiativeStatus.SUBMITTED);
        assertThat(published.await(id, EventTypes.INITIATIVE_APPROVED.type()).aggregateSequence()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_a_problem_naming_the_field_and_nothing_is_stored() throws Exception {
        String submitted = submitted(APPLICATION);
        String approved = approved(APPLICATION);
        long before = eventCount();

        assertProblem(post(INITIATIVES, APPLICATION.replace("Trygt natteliv i Store Heddinge", "   ")), 400, "name");
        assertProblem(post(INITIATIVES, APPLICATION.replace("Trygt natteliv i Store Heddinge", "x".repeat(201))), 400, "name");
        assertProblem(post(INITIATIVES, APPLICATION.replace("\"PREVENTIVE\"", "\"REPRESSIVE\"")), 400, "preventionLevel");
        assertProblem(post(INITIATIVES, APPLICATION.replace("\"PEER_TO_PEER\"", "\"HYPNOSIS\"")), 400, "methods[0]");
        assertProblem(post(INITIATIVES, APPLICATION.replace(TODAY.plusMonths(8).toString(), TODAY.minusYears(2).toString())),
                400, "endDate");
        assertProblem(post(INITIATIVES, APPLICATION.replace(COORDINATOR_EMAIL, "mette@")), 400, "coordinator.email");
        assertProblem(post(INITIATIVES, APPLICATION.replace(COORDINATOR_PHONE, "ring til mig")), 400, "coordinator.phone");
        assertProblem(post(INITIATIVES, APPLICATION.replace("20000", "-1")), 400, "budgetLines[0].expectedAmount");
        assertProblem(post(INITIATIVES, APPLICATION.replace("20000", "100000001")), 400, "budgetLines[0].expectedAmount");
        assertProblem(post(INITIATIVES, APPLICATION.replace("\"targetAgeFrom\": 13", "\"targetAgeFrom\": 5")), 400, "targetAgeFrom");
        assertProblem(post(INITIATIVES, "{\"name\": \"Trygt"), 400, "body");
        assertProblem(post(INITIATIVES, APPLICATION.replace("\"natteliv\"", "\"nikotin\\u0000x\"")), 400, "themes[0]");
        assertProblem(post(INITIATIVES, APPLICATION.replace("Trygt natteliv", "Trygt\\u007F natteliv")), 400, "name");
        assertProblem(post(INITIATIVES, APPLICATION.replace("Trygt natteliv", "Trygt \\ud83d natteliv")), 400, "name");
        assertProblem(put(INITIATIVES + "/" + submitted + "/application", DRAFT.replace("Natteravne", "")), 400, "name");
        assertProblem(post(INITIATIVES + "/" + submitted + "/rejection", "{}"), 400, "reason");
        assertProblem(post(INITIATIVES + "/" + submitted + "/rejection", "{\"reason\": \" \"}"), 400, "reason");
        assertProblem(post(INITIATIVES + "/" + approved + "/budget-approval", "{\"accountingYear\": 1999}"), 400, "accountingYear");
        assertProblem(post(INITIATIVES + "/" + approved + "/budget-approval", "{\"accountingYear\": 2101}"), 400, "accountingYear");
        assertProblem(post(INITIATIVES + "/" + approved + "/budget-approval", "{}"), 400, "accountingYear");
        assertProblem(post(INITIATIVES + "/" + approved + "/withdrawal", "{\"reason\": \"x\""), 400, "body");
        assertProblem(post(INITIATIVES + "/" + approved + "/activation", "{\"activatedOn\": \"i morgen\"}"), 400, "activatedOn");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void unknown_municipalities_and_initiatives_and_another_municipality_s_initiative_are_not_found() throws Exception {
        String id = register(DRAFT);
        awaitInitiative(id, initiative -> true);
        long before = eventCount();
        String unknown = UUID.randomUUID().toString();

        assertProblem(post("/api/municipalities/0999/initiatives", DRAFT), 404, "kommunekode");
        assertProblem(get("/api/municipalities/0411/initiatives/" + id), 404, "kommunekode");
        assertProblem(post("/api/municipalities/0999/initiatives/" + id + "/submission", ""), 404, "kommunekode");
        assertProblem(post(INITIATIVES + "/" + unknown + "/approval", ""), 404, "initiativeId");
        assertProblem(post(INITIATIVES + "/" + unknown + "/withdrawal", "{\"reason\": \"Fejl\"}"), 404, "initiativeId");
        assertProblem(get(INITIATIVES + "/" + unknown), 404, "initiativeId");
        assertProblem(post("/api/municipalities/0101/initiatives/" + id + "/submission", ""), 404, "initiativeId");
        assertProblem(put("/api/municipalities/0101/initiatives/" + id + "/application", DRAFT), 404, "initiativeId");
        assertProblem(post("/api/municipalities/0101/initiatives/" + id + "/withdrawal", "{\"reason\": \"Fejl\"}"), 404, "initiativeId");
        assertProblem(get("/api/municipalities/0101/initiatives/" + id), 404, "initiativeId");
        assertThat(read(get("/api/municipalities/0101/initiatives").body()).findValuesAsString("id")).doesNotContain(id);

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_wrong_transition_is_a_conflict_naming_the_current_status() throws Exception {
        String draft = register(DRAFT);
        String submitted = submitted(APPLICATION);
        long before = eventCount();

        assertThat(assertProblem(post(INITIATIVES + "/" + draft + "/approval", ""), 409, null)
                .get("currentStatus").asString()).isEqualTo("DRAFT");
        assertThat(assertProblem(post(INITIATIVES + "/" + draft + "/activation", ""), 409, null)
                .get("currentStatus").asString()).isEqualTo("DRAFT");
        assertThat(assertProblem(put(INITIATIVES + "/" + submitted + "/application", APPLICATION), 409, null)
                .get("currentStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(assertProblem(post(INITIATIVES + "/" + submitted + "/budget-approval", "{\"accountingYear\": " + POOL_YEAR + "}"),
                409, null).get("currentStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(assertProblem(post(INITIATIVES + "/" + submitted + "/pause", "{\"reason\": \"Ferie\"}"), 409, null)
                .get("currentStatus").asString()).isEqualTo("SUBMITTED");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_rule_violation_is_unprocessable_naming_the_field_and_stores_nothing() throws Exception {
        String draft = register(DRAFT);
        String acute = submitted(APPLICATION.replace("\"LOCAL\"", "\"ACUTE\""));
        String unmetCriteria = approved(APPLICATION.replace("\"SCHOOL\", \"POLICE\", \"CLUBS_LEISURE\"", "\"SCHOOL\", \"HOUSING\"")
                .replace("[\"PEER_TO_PEER\"]", "[]"));
        String nextYear = approved(APPLICATION.replace("\"settlementMonth\": \"" + POOL_YEAR, "\"settlementMonth\": \"" + (POOL_YEAR + 1)));
        String expensive = approved(APPLICATION, "/api/municipalities/0101");
        assertThat(post("/api/municipalities/0101/funding-pools", "{\"accountingYear\": " + POOL_YEAR + ", \"amount\": 50000}")
                .statusCode()).isEqualTo(201);
        String future = approved(APPLICATION.replace(TODAY.minusMonths(8).toString(), TODAY.plusMonths(1).toString()));
        assertStep(post(INITIATIVES + "/" + future + "/approval-without-funding", ""), future, "APPROVED_WITHOUT_FUNDING",
                "godkendt uden midler");
        long before = eventCount();

        assertProblem(post(INITIATIVES + "/" + draft + "/submission", ""), 422, "goals");
        assertProblem(post(INITIATIVES, APPLICATION.replace("\"targetAgeFrom\": 13, \"targetAgeTo\": 17",
                "\"targetAgeFrom\": 17, \"targetAgeTo\": 13")), 422, "targetAgeTo");
        assertProblem(post(INITIATIVES, APPLICATION.replace("\"Løn\"", "\"Materialer\"")), 422, "budgetLines");
        assertProblem(post(INITIATIVES + "/" + acute + "/approval", ""), 422, "leaderGroupArea");
        assertProblem(post(INITIATIVES + "/" + acute + "/approval", "{\"leaderGroupArea\": \"Rødvig\"}"), 422, "leaderGroupArea");
        JsonNode unmet = assertProblem(post(INITIATIVES + "/" + unmetCriteria + "/budget-approval",
                "{\"accountingYear\": " + POOL_YEAR + "}"), 422, "overrideReason");
        assertThat(unmet.get("detail").asString()).contains("mindst to SSP-parter", "mindst én vidensbaseret metode");
        JsonNode tooExpensive = assertProblem(post("/api/municipalities/0101/initiatives/" + expensive + "/budget-approval",
                "{\"accountingYear\": " + POOL_YEAR + "}"), 422, "accountingYear");
        assertThat(tooExpensive.get("remaining").asLong()).isEqualTo(50_000);
        assertProblem(post(INITIATIVES + "/" + nextYear + "/budget-approval", "{\"accountingYear\": " + (POOL_YEAR + 1) + "}"),
                422, "accountingYear");
        assertProblem(post(INITIATIVES + "/" + nextYear + "/budget-approval", "{\"accountingYear\": " + POOL_YEAR + "}"),
                422, "budgetLines");
        assertProblem(post(INITIATIVES + "/" + future + "/activation", ""), 422, "activatedOn");
        assertProblem(post(INITIATIVES + "/" + future + "/activation", "{\"activatedOn\": \"" + TODAY.plusDays(1) + "\"}"),
                422, "activatedOn");
        assertThat(eventCount()).isEqualTo(before);

        assertStep(post(INITIATIVES + "/" + unmetCriteria + "/budget-approval",
                "{\"accountingYear\": " + POOL_YEAR + ", \"overrideReason\": \"Boligsociale parter er med\"}"),
                unmetCriteria, "BUDGET_APPROVED", "budget godkendt");
        JsonNode overridden = awaitInitiative(unmetCriteria, initiative -> initiative.get("status").asString().equals("BUDGET_APPROVED"));
        assertThat(overridden.get("unmetCriteria").toString()).isEqualTo("[\"TWO_SSP_PARTIES\",\"KNOWLEDGE_BASED_METHOD\"]");
        assertThat(overridden.get("overrideReason").asString()).isEqualTo("Boligsociale parter er med");
        assertStep(post(INITIATIVES + "/" + acute + "/approval", "{\"leaderGroupArea\": \"Hårlev\"}"), acute, "APPROVED",
                "godkendt af SSP-ledergruppen");
    }

    @Test
    void an_unfunded_initiative_s_reports_pause_and_final_accounts_refuse_bad_input() throws Exception {
        String id = approved(APPLICATION);
        String initiative = INITIATIVES + "/" + id;
        assertStep(post(initiative + "/approval-without-funding", ""), id, "APPROVED_WITHOUT_FUNDING", "godkendt uden midler");
        assertStep(post(initiative + "/activation", "{\"activatedOn\": \"" + TODAY.minusMonths(1) + "\"}"), id, "ACTIVE", "i gang");
        long before = eventCount();

        assertProblem(post(initiative + "/status-reports", "{\"summary\": \"Status\", \"reportedOn\": \"" + TODAY.minusMonths(2) + "\"}"),
                422, "reportedOn");
        assertProblem(post(initiative + "/status-reports", "{\"summary\": \"Status\", \"reportedOn\": \"" + TODAY.plusDays(1) + "\"}"),
                422, "reportedOn");
        assertProblem(post(initiative + "/status-reports", "{\"summary\": \"\"}"), 400, "summary");
        assertProblem(post(initiative + "/pause", "{}"), 400, "reason");
        assertThat(assertProblem(post(initiative + "/resumption", ""), 409, null).get("currentStatus").asString()).isEqualTo("ACTIVE");
        assertProblem(post(initiative + "/completion", "{}"), 400, "finalEvaluation");
        assertProblem(post(initiative + "/completion", """
                {"finalEvaluation": "Godt", "actualAmounts": [{"heading": "Materialer", "amount": -5}]}"""),
                400, "actualAmounts[0].amount");
        assertProblem(post(initiative + "/completion", """
                {"finalEvaluation": "Godt", "actualAmounts": [{"heading": "Materialer", "amount": 5000}]}"""),
                422, "actualAmounts");
        assertProblem(post(initiative + "/completion", """
                {"finalEvaluation": "Godt", "actualAmounts": [{"heading": "Materialer", "amount": 5000},
                 {"heading": "Løn", "amount": 1000}, {"heading": "Transport", "amount": 1000}]}"""),
                422, "actualAmounts");
        assertThat(eventCount()).isEqualTo(before);

        assertStep(post(initiative + "/pause", "{\"reason\": \"Ferie\"}"), id, "PAUSED", "sat på pause");
        assertProblem(post(initiative + "/resumption", "{\"resumedOn\": \"" + TODAY.minusDays(1) + "\"}"), 422, "resumedOn");
        assertStep(post(initiative + "/resumption", "{\"resumedOn\": \"" + TODAY + "\"}"), id, "ACTIVE", "i gang");
        assertStep(post(initiative + "/completion", """
                {"finalEvaluation": "Godt", "actualAmounts": [{"heading": "Materialer", "amount": 5000},
                 {"heading": "Løn", "amount": 70000}]}"""), id, "COMPLETED", "afsluttet");
        assertThat(assertProblem(post(initiative + "/completion", """
                {"finalEvaluation": "Igen", "actualAmounts": [{"heading": "Materialer", "amount": 1}]}"""), 409, null)
                .get("currentStatus").asString()).isEqualTo("COMPLETED");

        JsonNode completed = awaitInitiative(id, view -> view.get("status").asString().equals("COMPLETED"));
        assertThat(completed.get("actualTotal").asLong()).isEqualTo(75_000);
        assertThat(completed.has("fundingPoolId")).isFalse();
        assertThat(published.await(id, EventTypes.INITIATIVE_COMPLETED.type()).aggregateSequence()).isEqualTo(7);
        assertThat(read(get(STEVNS + "/funding-pools/" + POOL_YEAR).body()).get("settlements")
                .findValuesAsString("initiativeId")).doesNotContain(id);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused() throws Exception {
        long before = eventCount();
        String huge = DRAFT.replace("Natteravne", "x".repeat(70 * 1024));
        HttpRequest request = authorised(INITIATIVES)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes())))
                .build();

        assertProblem(send(request), 413, "body");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void serves_the_reference_data() throws Exception {
        JsonNode districts = read(get("/api/reference/districts").body());
        assertThat(districts).hasSize(12);
        assertThat(districts.get(10).get("code").asString()).isEqualTo("1470");
        assertThat(districts.get(10).get("municipalities").findValuesAsString("name"))
                .containsExactly("København", "Frederiksberg", "Tårnby", "Dragør");

        JsonNode stevns = read(get("/api/reference/municipalities/336").body());
        assertThat(stevns.get("code").asString()).isEqualTo("0336");
        assertThat(stevns.get("districtCode").asString()).isEqualTo("1467");

        assertProblem(get("/api/reference/municipalities/0411"), 404, "kommunekode");
    }

    @Test
    void exposes_health_and_prometheus_metrics() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private String register(String application) throws Exception {
        return register(application, STEVNS);
    }

    private String register(String application, String municipality) throws Exception {
        HttpResponse<String> created = post(municipality + "/initiatives", application);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(municipality + "/initiatives/" + id));
        return id;
    }

    private String submitted(String application) throws Exception {
        String id = register(application);
        assertStep(post(INITIATIVES + "/" + id + "/submission", ""), id, "SUBMITTED", "indsendt");
        return id;
    }

    private String approved(String application) throws Exception {
        return approved(application, STEVNS);
    }

    private String approved(String application, String municipality) throws Exception {
        String id = register(application, municipality);
        String initiative = municipality + "/initiatives/" + id;
        assertStep(post(initiative + "/submission", ""), id, "SUBMITTED", "indsendt");
        assertStep(post(initiative + "/approval", ""), id, "APPROVED", "godkendt af SSP-ledergruppen");
        return id;
    }

    private void assertStep(HttpResponse<String> response, String id, String status, String label) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode step = read(response.body());
        assertThat(step.get("id").asString()).isEqualTo(id);
        assertThat(step.get("status").asString()).isEqualTo(status);
        assertThat(step.get("statusLabel").asString()).isEqualTo(label);
    }

    private JsonNode awaitInitiative(String id, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = get(INITIATIVES + "/" + id);
            return response.statusCode() == 200 ? read(response.body()) : null;
        }, initiative -> initiative != null && condition.test(initiative));
    }

    private JsonNode awaitPool(String municipality, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = get(municipality + "/funding-pools/" + POOL_YEAR);
            return response.statusCode() == 200 ? read(response.body()) : null;
        }, pool -> pool != null && condition.test(pool));
    }

    private static JsonNode reservation(JsonNode pool, String initiativeId) {
        for (JsonNode reservation : pool.get("reservations")) {
            if (reservation.get("initiativeId").asString().equals(initiativeId)) {
                return reservation;
            }
        }
        throw new AssertionError("no reservation for " + initiativeId + " in " + pool);
    }
}
