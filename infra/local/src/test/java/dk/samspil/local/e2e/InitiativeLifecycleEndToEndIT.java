package dk.samspil.local.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dk.samspil.local.e2e.GatewayClient.districtLine;
import static dk.samspil.local.e2e.GatewayClient.municipalityLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consultant in Stevns takes an initiative from application to final accounts through the gateway, on the real
 * embedded stack; after every step the district dashboard of Midt- og Vestsjælland and the national overview show it.
 */
class InitiativeLifecycleEndToEndIT extends EmbeddedStackEndToEnd {

    private static final Duration VISIBLE = Duration.ofSeconds(20);
    private static final String STEVNS = "/api/municipalities/0336";
    private static final String DISTRICT = "1467";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    /** Money for a year can be settled until 15 December; after that the demo runs on next year's pool. */
    private static final int POOL_YEAR = TODAY.isAfter(MonthDay.of(12, 15).atYear(TODAY.getYear()))
            ? TODAY.getYear() + 1 : TODAY.getYear();

    private String initiative;
    private String actionPlan;

    @Test
    @Order(1)
    void the_secretariat_opens_its_pool_and_the_dashboards_show_it() throws Exception {
        gateway.postOk(STEVNS + "/funding-pools", """
                {"accountingYear": %d, "amount": 300000}""".formatted(POOL_YEAR));

        awaitStevns(stevns -> {
            assertThat(stevns.at("/pool/amount").asLong()).isEqualTo(300_000);
            assertThat(stevns.at("/pool/remaining").asLong()).isEqualTo(300_000);
        });
    }

    @Test
    @Order(2)
    void a_draft_is_submitted_and_approved_by_the_leader_group() throws Exception {
        initiative = gateway.postOk(STEVNS + "/initiatives", application()).get("id").asString();
        awaitStevns(stevns -> assertThat(stevns.at("/byStatus/DRAFT").asLong()).isEqualTo(1));

        gateway.postOk(initiativePath("submission"), "{}");
        awaitStevns(stevns -> assertThat(stevns.at("/byStatus/SUBMITTED").asLong()).isEqualTo(1));

        gateway.postOk(initiativePath("approval"), """
                {"leaderGroupArea": "Store Heddinge"}""");
        awaitStevns(stevns -> {
            assertThat(stevns.at("/byStatus/APPROVED").asLong()).isEqualTo(1);
            assertThat(stevns.at("/byStatus/SUBMITTED").asLong()).isZero();
            assertThat(stevns.at("/byScope/CITY_WIDE").asLong()).isEqualTo(1);
            assertThat(stevns.at("/byTheme/natteliv").asLong()).isEqualTo(1);
        });
    }

    @Test
    @Order(3)
    void the_secretariat_approves_the_budget_and_reserves_it_in_the_pool() throws Exception {
        JsonNode approved = gateway.postOk(initiativePath("budget-approval"), """
                {"accountingYear": %d}""".formatted(POOL_YEAR));

        assertThat(approved.get("status").asString()).isEqualTo("BUDGET_APPROVED");
        awaitStevns(stevns -> {
            assertThat(stevns.at("/byStatus/BUDGET_APPROVED").asLong()).isEqualTo(1);
            assertThat(stevns.at("/budget/planned").asLong()).isEqualTo(30_000);
            assertThat(stevns.at("/pool/reserved").asLong()).isEqualTo(30_000);
            assertThat(stevns.at("/pool/remaining").asLong()).isEqualTo(270_000);
        });
    }

    @Test
    @Order(4)
    void an_adopted_action_plan_with_the_initiative_counts_as_current() throws Exception {
        actionPlan = gateway.postOk(STEVNS + "/action-plans", """
                {"firstYear": %d, "analysis": "Unge samles ved stationen fredag aften",
                 "overallGoal": "Trygge rammer for unge i fritiden", "subGoals": ["Færre unge i nattelivet med rusmidler"],
                 "initiativeIds": ["%s"],
                 "organisation": {"strategic": ["SSP-styregruppen"], "coordinating": ["SSP-konsulent"],
                                  "executing": ["Klubmedarbejdere"]},
                 "financing": "Puljen", "documentation": "Årlig opfølgning i styregruppen", "proposedBy": "COORDINATING"}"""
                .formatted(TODAY.getYear(), initiative)).get("id").asString();
        gateway.postOk(planPath("adoption"), "{}");

        awaitStevns(stevns -> {
            assertThat(stevns.at("/actionPlan/currentAdopted").asBoolean()).isTrue();
            assertThat(stevns.at("/actionPlan/followUpOverdue").asBoolean()).isFalse();
        });
    }

    @Test
    @Order(5)
    void an_initiative_started_seven_months_ago_without_a_status_report_is_overdue_until_it_reports() throws Exception {
        gateway.postOk(initiativePath("activation"), """
                {"activatedOn": "%s"}""".formatted(TODAY.minusMonths(7)));
        awaitStevns(stevns -> {
            assertThat(stevns.at("/byStatus/ACTIVE").asLong()).isEqualTo(1);
            assertThat(stevns.at("/overdueStatusReports").asLong()).isEqualTo(1);
        });
        assertThat(gateway.getOk(initiativePath("")).get("statusReportOverdue").asBoolean()).isTrue();

        gateway.postOk(initiativePath("status-reports"), """
                {"summary": "Nattevandring hver fredag; 40 forældre til møderne"}""");
        awaitStevns(stevns -> assertThat(stevns.at("/overdueStatusReports").asLong()).isZero());
    }

    @Test
    @Order(6)
    void a_paused_initiative_leaves_the_action_plan_and_returns_when_resumed() throws Exception {
        gateway.postOk(initiativePath("pause"), """
                {"reason": "Tovholder på orlov"}""");
        awaitStevns(stevns -> assertThat(stevns.at("/byStatus/PAUSED").asLong()).isEqualTo(1));
        await().atMost(VISIBLE).untilAsserted(() -> assertThat(planInitiatives()).doesNotContain(initiative));

        gateway.postOk(initiativePath("resumption"), "{}");
        awaitStevns(stevns -> assertThat(stevns.at("/byStatus/ACTIVE").asLong()).isEqualTo(1));
        await().atMost(VISIBLE).untilAsserted(() -> assertThat(planInitiatives()).contains(initiative));
    }

    @Test
    @Order(7)
    void completion_settles_the_final_accounts_and_returns_the_rest_to_the_pool() throws Exception {
        gateway.postOk(initiativePath("completion"), """
                {"finalEvaluation": "Normerne flyttede sig; færre anmeldelser i weekenderne",
                 "actualAmounts": [{"heading": "Nattevandring, forplejning", "amount": 11200},
                                   {"heading": "Forældremøder, oplægsholder", "amount": 15000}]}""");

        awaitStevns(stevns -> {
            assertThat(stevns.at("/byStatus/COMPLETED").asLong()).isEqualTo(1);
            assertThat(stevns.at("/budget/actual").asLong()).isEqualTo(26_200);
            assertThat(stevns.at("/pool/reserved").asLong()).isZero();
            assertThat(stevns.at("/pool/spent").asLong()).isEqualTo(26_200);
            assertThat(stevns.at("/pool/remaining").asLong()).isEqualTo(273_800);
        });
        await().atMost(VISIBLE).untilAsserted(() -> assertThat(planInitiatives()).doesNotContain(initiative));
        await().atMost(VISIBLE).untilAsserted(() -> {
            JsonNode district = districtLine(gateway.nationalOverview(), DISTRICT);
            assertThat(district.at("/byStatus/COMPLETED").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(district.at("/budget/actual").asLong()).isGreaterThanOrEqualTo(26_200);
        });
    }

    @Test
    @Order(8)
    void a_wrong_step_is_a_conflict_naming_the_current_status_and_stores_nothing() throws Exception {
        HttpResponse<String> again = gateway.post(initiativePath("activation"), "{}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(gateway.json(again.body()).get("currentStatus").asString()).isEqualTo("COMPLETED");
    }

    private void awaitStevns(Consumer<JsonNode> expectation) {
        await().atMost(VISIBLE).untilAsserted(() ->
                expectation.accept(municipalityLine(gateway.dashboard(DISTRICT), "0336")));
    }

    private List<String> planInitiatives() throws Exception {
        List<String> ids = new ArrayList<>();
        gateway.getOk(STEVNS + "/action-plans/" + actionPlan).get("initiativeIds").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private String initiativePath(String step) {
        return STEVNS + "/initiatives/" + initiative + (step.isEmpty() ? "" : "/" + step);
    }

    private String planPath(String step) {
        return STEVNS + "/action-plans/" + actionPlan + "/" + step;
    }

    private static String application() {
        LocalDate start = TODAY.minusMonths(8);
        return """
                {"name": "Trygt natteliv i Store Heddinge", "preventionLevel": "PREVENTIVE", "scope": "CITY_WIDE",
                 "startDate": "%s", "endDate": "%s", "themes": ["natteliv", "rusmidler"],
                 "targetAgeFrom": 14, "targetAgeTo": 18, "targetGroups": ["CHILDREN_AND_YOUNG_PEOPLE", "PARENTS_AND_FAMILY"],
                 "goals": ["Færre unge i nattelivet med rusmidler"], "partners": ["SCHOOL", "POLICE", "CLUBS_LEISURE"],
                 "evaluationPlan": "Før- og eftermåling af de unges normer",
                 "knowledgeSharing": "Drejebog deles på SSP-Samrådets vidensdeling",
                 "coordinator": {"name": "Mette Jensen", "email": "mette.jensen@stevns.dk", "phone": "56570000",
                                 "leaderGroupContact": "Skolechefen"},
                 "localAreas": ["Store Heddinge", "Hårlev"], "organisationalUnit": "Ungdomsskolen, Stevns Kommune",
                 "methods": ["SOCIAL_NORMS", "PEER_TO_PEER"],
                 "budgetLines": [{"heading": "Nattevandring, forplejning", "expectedAmount": 12000, "settlementMonth": "%d-06"},
                                 {"heading": "Forældremøder, oplægsholder", "expectedAmount": 18000, "settlementMonth": "%d-11"}]}"""
                .formatted(start, start.plusMonths(18), POOL_YEAR, POOL_YEAR);
    }
}
