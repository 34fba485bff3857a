package dk.samspil.municipality;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.municipality.ActionPlanInitiativeLeft;
import dk.samspil.contracts.municipality.ActionPlanPresented;
import dk.samspil.contracts.municipality.ActionPlanProposed;
import dk.samspil.contracts.municipality.FundingPoolOpened;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.municipality.initiative.command.InitiativePausedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.municipality.initiative.command.InitiativeResumedEvent;
import dk.samspil.municipality.initiative.command.InitiativeWithdrawnEvent;
import dk.samspil.platform.testing.PublishedEvents;
import dk.samspil.platform.testing.ServiceApiTest;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestPostgres;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Funding pools and action plans through HTTP on real infrastructure: PostgreSQL (event store), a Kafka broker, the
 * Mongo-wire server. The initiative's own steps are not part of this branch: where a plan must see an initiative
 * registered, paused, resumed or withdrawn, the test appends the initiative's internal events to the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
        Topics.MUNICIPALITY_ACTION_PLANS})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolsAndPlansApiIntegrationTest extends ServiceApiTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    /** Receipts are due 15 December: after that, the next year's pool is the one in use. */
    private static final int POOL_YEAR = MonthDay.from(TODAY).isAfter(MonthDay.of(12, 15)) ? TODAY.getYear() + 1 : TODAY.getYear();
    private static final String STEVNS = "/api/municipalities/0336";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.freshDatabaseUrl("municipality"));
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("municipality-pools-plans-test"));
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
    }

    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    EventStore eventStore;

    private PublishedEvents published;

    @BeforeAll
    void subscribe() {
        published = new PublishedEvents(kafka.getBrokersAsString(),
                "municipality-pools-plans-test", Topics.MUNICIPALITY_FUNDING_POOLS, Topics.MUNICIPALITY_ACTION_PLANS);
    }

    @AfterAll
    void close() {
        published.close();
    }

    // funding pools

    @Test
    void opening_a_pool_stores_publishes_and_shows_it_and_opening_it_again_is_a_conflict() throws Exception {
        HttpResponse<String> opened = post(STEVNS + "/funding-pools",
                "{\"accountingYear\": " + POOL_YEAR + ", \"amount\": 300000}");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = "0336-" + POOL_YEAR;
        assertThat(json.readTree(opened.body()).get("id").asString()).isEqualTo(id);
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(STEVNS + "/funding-pools/" + POOL_YEAR));
        assertThat(storedEvents(id)).containsExactly("dk.samspil.municipality.fundingpool.command.FundingPoolOpenedEvent");

        EventEnvelope<?> event = published.await(id, EventTypes.FUNDING_POOL_OPENED.type());
        assertThat(event.source()).isEqualTo(URI.create("/municipalities/0336"));
        assertThat(event.aggregateSequence()).isZero();
        assertThat(event.payload()).isEqualTo(new FundingPoolOpened(id, "0336", POOL_YEAR, 300_000));

        JsonNode pool = await().atMost(Duration.ofSeconds(10)).until(() -> get(STEVNS + "/funding-pools/" + POOL_YEAR),
                response -> response.statusCode() == 200).body().transform(this::read);
        assertThat(pool.get("id").asString()).isEqualTo(id);
        assertThat(pool.get("municipalityCode").asString()).isEqualTo("0336");
        assertThat(pool.get("accountingYear").asInt()).isEqualTo(POOL_YEAR);
        assertThat(pool.get("amount").asLong()).isEqualTo(300_000);
        assertThat(pool.get("reserved").asLong()).isZero();
        assertThat(pool.get("spent").asLong()).isZero();
        assertThat(pool.get("remaining").asLong()).isEqualTo(300_000);
        assertThat(pool.get("reservations")).isEmpty();
        assertThat(pool.get("settlements")).isEmpty();
        assertThat(read(get("/api/municipalities/336/funding-pools").body()).findValuesAsString("id")).containsExactly(id);

        HttpResponse<String> again = post(STEVNS + "/funding-pools", "{\"accountingYear\": " + POOL_YEAR + ", \"amount\": 1000}");
        assertProblem(again, 409, "accountingYear");
        assertThat(storedEvents(id)).hasSize(1);
    }

    @Test
    void bad_pool_input_is_refused_and_nothing_is_stored() throws Exception {
        long before = eventCount();
        String pools = "/api/municipalities/0101/funding-pools";

        assertProblem(post(pools, "{\"amount\": 300000}"), 400, "accountingYear");
        assertProblem(post(pools, "{\"accountingYear\": 1999, \"amount\": 300000}"), 400, "accountingYear");
        assertProblem(post(pools, "{\"accountingYear\": 2101, \"amount\": 300000}"), 400, "accountingYear");
        assertProblem(post(pools, "{\"accountingYear\": 2026}"), 400, "amount");
        assertProblem(post(pools, "{\"accountingYear\": 2026, \"amount\": -1}"), 400, "amount");
        assertProblem(post(pools, "{\"accountingYear\": 2026, \"amount\": 100000001}"), 400, "amount");
        assertProblem(post(pools, "{\"accountingYear\": 2026, \"amount\": \"mange\"}"), 400, "amount");
        assertProblem(post(pools, "{\"accountingYear\": 2026, \"amount\": 0}"), 422, "amount");
        assertProblem(post("/api/municipalities/0999/funding-pools", "{\"accountingYear\": 2026, \"amount\": 1}"), 404, "kommunekode");
        assertProblem(get(pools + "/2031"), 404, "accountingYear");
        assertThat(get(pools + "/next-year").statusCode()).isEqualTo(400);

        assertThat(eventCount()).isEqualTo(before);
    }

    // action plans

    @Test
    void a_plan_is_proposed_adopted_presented_and_followed_up() throws Exception {
        String initiativeId = registerInitiative("0336");
        String planId = propose(STEVNS, TODAY.getYear(), initiativeId);

        JsonNode proposed = awaitPlan(STEVNS, planId, plan -> true);
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.get("statusLabel").asString()).isEqualTo("foreslået");
        assertThat(proposed.get("proposedBy").asString()).isEqualTo("EXECUTING");
        assertThat(proposed.get("proposedByLabel").asString()).isEqualTo("udførende niveau");
        assertThat(proposed.get("lastYear").asInt()).isEqualTo(TODAY.getYear() + 1);
        assertThat(proposed.get("current").asBoolean()).isFalse();
        assertThat(proposed.get("initiativeIds").get(0).asString()).isEqualTo(initiativeId);
        assertThat(proposed.get("organisation").get("executing").get(0).asString()).isEqualTo("Gadeplansmedarbejder");

        assertThat(assertProblem(post(STEVNS + "/action-plans/" + planId + "/presentation", ""), 409, null).get("currentStatus").asString()).isEqualTo("PROPOSED");
        assertProblem(post(STEVNS + "/action-plans/" + planId + "/follow-ups", "{\"summary\": \"Status\"}"), 409, null);

        HttpResponse<String> adopted = post(STEVNS + "/action-plans/" + planId + "/adoption", "");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        assertThat(read(adopted.body()).get("status").asString()).isEqualTo("ADOPTED");
        assertThat(read(adopted.body()).get("statusLabel").asString()).isEqualTo("vedtaget");
        assertThat(assertProblem(post(STEVNS + "/action-plans/" + planId + "/adoption", "{}"), 409, null).get("currentStatus").asString()).isEqualTo("ADOPTED");

        assertThat(post(STEVNS + "/action-plans/" + planId + "/presentation",
                "{\"presentedOn\": \"" + TODAY + "\"}").statusCode()).isEqualTo(200);
        assertProblem(post(STEVNS + "/action-plans/" + planId + "/presentation", ""), 409, null);
        assertThat(post(STEVNS + "/action-plans/" + planId + "/follow-ups",
                "{\"summary\": \"Færre anmeldelser i nattelivet\"}").statusCode()).isEqualTo(200);

        JsonNode plan = awaitPlan(STEVNS, planId, view -> view.get("followUps").size() == 1);
        assertThat(plan.get("current").asBoolean()).isTrue();
        assertThat(plan.get("adoptedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(plan.get("presentedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(plan.get("districtCode").asString()).isEqualTo("1467");
        assertThat(plan.get("followUpDue").asString()).isEqualTo(TODAY.plusYears(1).toString());
        assertThat(plan.get("followUpOverdue").asBoolean()).isFalse();
        assertThat(plan.get("followUps").get(0).get("summary").asString()).isEqualTo("Færre anmeldelser i nattelivet");
        assertThat(read(get(STEVNS + "/action-plans").body()).findValuesAsString("id")).contains(planId);

        assertThat(storedEvents(planId)).hasSize(4);
        assertThat(((ActionPlanProposed) published.await(planId, EventTypes.ACTION_PLAN_PROPOSED.type()).payload())
                .initiativeIds()).containsExactly(initiativeId);
        published.await(planId, EventTypes.ACTION_PLAN_ADOPTED.type());
        EventEnvelope<?> presented = published.await(planId, EventTypes.ACTION_PLAN_PRESENTED.type());
        assertThat(presented.aggregateSequence()).isEqualTo(2);
        assertThat(((ActionPlanPresented) presented.payload()).districtCode()).isEqualTo("1467");
        assertThat(published.await(planId, EventTypes.ACTION_PLAN_FOLLOWED_UP.type()).aggregateSequence()).isEqualTo(3);
    }

    @Test
    void a_paused_initiative_leaves_the_plan_returns_on_resumption_and_leaves_for_good_when_withdrawn() throws Exception {
        String initiativeId = registerInitiative("0336");
        String planId = propose(STEVNS, TODAY.getYear(), initiativeId);

        appendInitiativeEvent(initiativeId, 1, new InitiativePausedEvent(initiativeId, "0336", TODAY, "Sygemelding"));
        JsonNode paused = awaitPlan(STEVNS, planId, plan -> plan.get("leftInitiatives").size() == 1);
        assertThat(paused.get("initiativeIds")).isEmpty();
        assertThat(paused.get("leftInitiatives").get(0).get("initiativeId").asString()).isEqualTo(initiativeId);
        assertThat(paused.get("leftInitiatives").get(0).get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("leftInitiatives").get(0).get("statusLabel").asString()).isEqualTo("sat på pause");
        assertThat(((ActionPlanInitiativeLeft) published.await(planId, EventTypes.ACTION_PLAN_INITIATIVE_LEFT.type())
                .payload()).initiativeStatus()).isEqualTo(InitiativeStatus.PAUSED);
        assertProblem(post(STEVNS + "/action-plans/" + planId + "/initiatives",
                "{\"initiativeId\": \"" + initiativeId + "\"}"), 422, "initiativeId");

        appendInitiativeEvent(initiativeId, 2, new InitiativeResumedEvent(initiativeId, "0336", TODAY, TODAY.plusMonths(6)));
        JsonNode resumed = awaitPlan(STEVNS, planId, plan -> plan.get("leftInitiatives").isEmpty());
        assertThat(resumed.get("initiativeIds").get(0).asString()).isEqualTo(initiativeId);
        published.await(planId, EventTypes.ACTION_PLAN_INITIATIVE_RETURNED.type());

        appendInitiativeEvent(initiativeId, 3, new InitiativeWithdrawnEvent(initiativeId, "0336", "Stoppet", null));
        JsonNode withdrawn = awaitPlan(STEVNS, planId, plan -> plan.get("leftInitiatives").size() == 1);
        assertThat(withdrawn.get("leftInitiatives").get(0).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(storedEvents(planId)).containsExactly(
                "dk.samspil.municipality.actionplan.command.ActionPlanProposedEvent",
                "dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLeftEvent",
                "dk.samspil.municipality.actionplan.command.ActionPlanInitiativeReturnedEvent",
                "dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLeftEvent");
    }

    @Test
    void an_initiative_is_linked_to_a_plan() throws Exception {
        String planId = propose(STEVNS, TODAY.getYear());
        String initiativeId = registerInitiative("0336");

        HttpResponse<String> linked = await().atMost(Duration.ofSeconds(10)).until(() -> post(
                STEVNS + "/action-plans/" + planId + "/initiatives", "{\"initiativeId\": \"" + initiativeId + "\"}"),
                response -> response.statusCode() != 422);
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(read(linked.body()).get("status").asString()).isEqualTo("PROPOSED");
        awaitPlan(STEVNS, planId, plan -> plan.get("initiativeIds").size() == 1);
        published.await(planId, EventTypes.ACTION_PLAN_INITIATIVE_LINKED.type());

        assertProblem(post(STEVNS + "/action-plans/" + planId + "/initiatives",
                "{\"initiativeId\": \"" + initiativeId + "\"}"), 422, "initiativeId");
    }

    @Test
    void bad_plan_input_is_refused_and_nothing_is_stored() throws Exception {
        String copenhagenInitiative = registerInitiative("0101");
        String planId = propose(STEVNS, TODAY.getYear());
        String lastYearsPlan = propose(STEVNS, TODAY.getYear() - 1);
        assertThat(post(STEVNS + "/action-plans/" + lastYearsPlan + "/adoption",
                "{\"adoptedOn\": \"" + (TODAY.getYear() - 1) + "-12-20\"}").statusCode()).isEqualTo(200);
        awaitPlan(STEVNS, planId, plan -> true);
        long before = eventCount();
        String plans = STEVNS + "/action-plans";

        assertProblem(post(plans, plan(null, "[]")), 400, "firstYear");
        assertProblem(post(plans, plan(1999, "[]")), 400, "firstYear");
        assertProblem(post(plans, plan(2026, "[]").replace("\"Uro i nattelivet\"", "\"  \"")), 400, "analysis");
        assertProblem(post(plans, plan(2026, "[]").replace("\"Uro i nattelivet\"", "\"" + "x".repeat(4001) + "\"")), 400, "analysis");
        assertProblem(post(plans, plan(2026, "[]").replace("\"EXECUTING\"", "\"LEADERS\"")), 400, "proposedBy");
        assertProblem(post(plans, plan(2026, "[]").replace("[\"Tryg nattelivskultur\"]",
                "[" + String.join(",", Collections.nCopies(21, "\"Mål\"")) + "]")), 400, "subGoals");
        assertProblem(post(plans, plan(2026, "[]").replace("\"organisation\"", "\"organization\"")), 400, "organisation");
        assertProblem(post(plans, plan(2026, "[]").replace("\"EXECUTING\"", "\"STRATEGIC\"")), 422, "proposedBy");
        assertProblem(post(plans, plan(2026, "[\"" + UUID.randomUUID() + "\"]")), 422, "initiativeIds");
        assertProblem(post(plans, plan(2026, "[\"" + copenhagenInitiative + "\"]")), 422, "initiativeIds");
        assertProblem(post("/api/municipalities/0999/action-plans", plan(2026, "[]")), 404, "kommunekode");

        assertProblem(post(plans + "/" + UUID.randomUUID() + "/adoption", ""), 404, "actionPlanId");
        assertProblem(post("/api/municipalities/0101/action-plans/" + planId + "/adoption", ""), 404, "actionPlanId");
        assertProblem(get("/api/municipalities/0101/action-plans/" + planId), 404, "actionPlanId");
        assertProblem(get(plans + "/" + UUID.randomUUID()), 404, "actionPlanId");
        assertProblem(post(plans + "/" + planId + "/adoption", "{\"adoptedOn\": \"" + TODAY.plusDays(1) + "\"}"), 422, "adoptedOn");
        assertProblem(post(plans + "/" + planId + "/adoption", "{\"adoptedOn\": \"i går\"}"), 400, "adoptedOn");
        assertProblem(post(plans + "/" + lastYearsPlan + "/presentation", "{\"presentedOn\": \"" + TODAY.withDayOfYear(1) + "\"}"),
                422, "presentedOn");
        assertProblem(post(plans + "/" + lastYearsPlan + "/follow-ups", "{\"summary\": \" \"}"), 400, "summary");
        assertProblem(post(plans + "/" + planId + "/initiatives", "{\"initiativeId\": \"" + copenhagenInitiative + "\"}"),
                422, "initiativeId");
        assertProblem(post(plans + "/" + planId + "/initiatives", "{}"), 400, "initiativeId");

        assertThat(eventCount()).isEqualTo(before);
    }

    private String registerInitiative(String municipalityCode) {
        String initiativeId = UUID.randomUUID().toString();
        appendInitiativeEvent(initiativeId, 0, new InitiativeRegisteredEvent(initiativeId, municipalityCode,
                "Trygt natteliv", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, TODAY, TODAY.plusYears(1),
                List.of("natteliv"), InitiativeStatus.DRAFT, null, null, List.of(), List.of(), List.of(), null, null,
                null, null, null, null, List.of(), null, List.of(), List.of()));
        return initiativeId;
    }

    private void appendInitiativeEvent(String initiativeId, long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Initiative", initiativeId, sequence, event));
    }

    /** Proposes a plan; waits until the plans know the initiatives (a 422 stores nothing, so asking again is safe). */
    private String propose(String municipality, int firstYear, String... initiativeIds) throws Exception {
        String body = plan(firstYear, Stream.of(initiativeIds).map(id -> "\"" + id + "\"").toList().toString());
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(10))
                .until(() -> post(municipality + "/action-plans", body), response -> response.statusCode() != 422);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(municipality + "/action-plans/" + id));
        return id;
    }

    private static String plan(Integer firstYear, String initiativeIds) {
        return """
                {"firstYear": %s, "analysis": "Uro i nattelivet", "overallGoal": "Færre unge i kriminalitet",
                 "subGoals": ["Tryg nattelivskultur"], "initiativeIds": %s,
                 "organisation": {"strategic": ["SSP-styregruppen"], "coordinating": ["SSP-koordinator"],
                                  "executing": ["Gadeplansmedarbejder"]},
                 "financing": "SSP-puljen", "documentation": "Årlig opfølgning i styregruppen", "proposedBy": "EXECUTING"}
                """.formatted(firstYear, initiativeIds);
    }

    private JsonNode awaitPlan(String municipality, String planId, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            HttpResponse<String> response = get(municipality + "/action-plans/" + planId);
            return response.statusCode() == 200 ? read(response.body()) : null;
        }, plan -> plan != null && condition.test(plan));
    }
}
