package dk.samspil.platform.activity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.activity.ActionPlanState.Period;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.samspil.platform.testing.ActionPlanEvents.adopted;
import static dk.samspil.platform.testing.ActionPlanEvents.followedUp;
import static dk.samspil.platform.testing.ActionPlanEvents.initiativeLinked;
import static dk.samspil.platform.testing.ActionPlanEvents.presented;
import static dk.samspil.platform.testing.ActionPlanEvents.proposed;
import static dk.samspil.platform.testing.FundingPoolEvents.opened;
import static dk.samspil.platform.testing.FundingPoolEvents.released;
import static dk.samspil.platform.testing.FundingPoolEvents.reserved;
import static dk.samspil.platform.testing.FundingPoolEvents.settled;
import static dk.samspil.platform.testing.InitiativeEvents.activated;
import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.approvedWithoutFunding;
import static dk.samspil.platform.testing.InitiativeEvents.budgetApproved;
import static dk.samspil.platform.testing.InitiativeEvents.completed;
import static dk.samspil.platform.testing.InitiativeEvents.paused;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static dk.samspil.platform.testing.InitiativeEvents.statusReported;
import static dk.samspil.platform.testing.InitiativeEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The figures read from the activity documents, on the Mongo-wire server, with "today" fixed at 23 November 2026. */
class ActivityFiguresTest {


    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private MongoClient client;
    private MongoDatabase database;
    private ActivityReadModel activity;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("activity-figures"));
        database = client.getDatabase("activity-figures-" + UUID.randomUUID());
        activity = new ActivityReadModel(database, Clock.fixed(MONDAY, DENMARK));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void initiatives_count_by_status_prevention_level_scope_and_theme() {
        apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                List.of("Natteliv", "rusmidler"), 0, MONDAY));
        apply(registered("i-2", "0101", PreventionLevel.BUILDING, InitiativeScope.ACUTE,
                List.of("natteliv ", "Økonomi"), 0, MONDAY));
        apply(approved("i-2", "0101", 1, MONDAY));

        InitiativeCounts counts = municipality("0101").initiatives();

        assertThat(counts.initiatives()).isEqualTo(2);
        assertThat(counts.byStatus()).containsOnlyKeys(InitiativeStatus.values())
                .containsEntry(InitiativeStatus.SUBMITTED, 1L).containsEntry(InitiativeStatus.APPROVED, 1L)
                .containsEntry(InitiativeStatus.DRAFT, 0L);
        assertThat(counts.byPreventionLevel()).isEqualTo(Map.of(
                PreventionLevel.BUILDING, 1L, PreventionLevel.PREVENTIVE, 1L, PreventionLevel.CRIME_PREVENTIVE, 0L));
        assertThat(counts.byScope()).containsEntry(InitiativeScope.LOCAL, 1L).containsEntry(InitiativeScope.ACUTE, 1L)
                .containsEntry(InitiativeScope.CITY_WIDE, 0L).hasSize(4);
        assertThat(counts.byTheme()).containsExactly(Map.entry("natteliv", 2L), Map.entry("rusmidler", 1L),
                Map.entry("økonomi", 1L));
    }

    @Test
    void an_initiative_seen_first_after_its_registration_counts_under_its_status_only() {
        apply(approved("i-1", "0101", 1, MONDAY));

        InitiativeCounts counts = municipality("0101").initiatives();
        assertThat(counts.initiatives()).isEqualTo(1);
        assertThat(counts.byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L);
        assertThat(counts.byPreventionLevel().values()).containsOnly(0L);
        assertThat(counts.byTheme()).isEmpty();
    }

    @Test
    void a_registration_without_prevention_level_is_malformed() {
        assertThatThrownBy(() -> apply(registered("i-1", "0101", null, MONDAY)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void the_budget_plans_approved_budgets_of_funded_initiatives_and_accounts_the_completed_ones() {
        fundedAndActive("i-1", 30_000);
        apply(completed("i-1", "0101", 5, 30_000, 26_200, MONDAY));
        fundedAndActive("i-2", 50_000);
        apply(registered("i-3", "0101", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, List.of(), 20_000, MONDAY));
        apply(approved("i-3", "0101", 1, MONDAY));
        apply(approvedWithoutFunding("i-3", "0101", 2, MONDAY));
        fundedAndActive("i-4", 10_000);
        apply(withdrawn("i-4", "0101", 5, MONDAY));
        apply(registered("i-5", "0101", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, List.of(), 40_000, MONDAY));

        assertThat(municipality("0101").budget()).isEqualTo(new Budget(80_000, 26_200));
    }

    @Test
    void the_pool_is_this_years_pool_with_what_is_left_and_used() {
        apply(opened("0101", 2025, 250_000, MONDAY));
        apply(opened("0101", 2026, 300_000, MONDAY));
        apply(reserved("0101", 2026, 1, "i-1", 30_000, 300_000, 30_000, 0, MONDAY));
        apply(reserved("0101", 2026, 2, "i-2", 60_000, 300_000, 90_000, 0, MONDAY));
        apply(settled("0101", 2026, 3, "i-1", 30_000, 26_200, 300_000, 60_000, 26_200, MONDAY));
        apply(released("0101", 2026, 4, "i-2", 60_000, 300_000, 0, 26_200, MONDAY));
        apply(reserved("0101", 2026, 5, "i-3", 20_000, 300_000, 20_000, 26_200, MONDAY));
        apply(opened("0147", 2027, 100_000, MONDAY));

        assertThat(municipality("0101").pool()).isEqualTo(new PoolUse(2026, 300_000, 20_000, 26_200, 253_800, 15));
        assertThat(municipality("0147").pool()).isNull();
        assertThat(municipality("0185").pool()).isNull();
    }

    @Test
    void a_status_report_is_overdue_when_an_active_initiative_missed_its_due_date() {
        fundedAndActive("due-yesterday", TODAY.minusDays(1), 1_000);
        fundedAndActive("due-today", TODAY, 1_000);
        fundedAndActive("reported", LocalDate.of(2026, 3, 1), 1_000);
        apply(statusReported("reported", "0101", 5, LocalDate.of(2026, 9, 1), MONDAY));
        fundedAndActive("paused", LocalDate.of(2026, 1, 1), 1_000);
        apply(paused("paused", "0101", 5, LocalDate.of(2026, 8, 1), MONDAY));
        fundedAndActive("completed", LocalDate.of(2026, 1, 1), 1_000);
        apply(completed("completed", "0101", 5, 1_000, 900, MONDAY));

        assertThat(municipality("0101").overdueStatusReports()).isEqualTo(1);
    }

    @Test
    void overdue_is_worked_out_on_the_day_it_is_read() {
        fundedAndActive("i-1", TODAY, 1_000);

        ActivityReadModel tomorrow = new ActivityReadModel(database, Clock.fixed(MONDAY.plusSeconds(86_400), DENMARK));

        assertThat(municipality("0101").overdueStatusReports()).isZero();
        assertThat(summaryOf(tomorrow, "0101").overdueStatusReports()).isEqualTo(1);
    }

    @Test
    void the_current_plan_is_the_adopted_one_whose_period_covers_this_year() {
        apply(proposed("old", "0101", 2024, MONDAY));
        apply(adopted("old", "0101", 1, LocalDate.of(2024, 3, 1), MONDAY));
        apply(proposed("current", "0101", 2025, MONDAY));
        apply(adopted("current", "0101", 1, LocalDate.of(2025, 2, 10), MONDAY));
        apply(presented("current", "0101", 2, LocalDate.of(2025, 5, 20), MONDAY));
        apply(followedUp("current", "0101", 3, LocalDate.of(2026, 2, 1), MONDAY));
        apply(initiativeLinked("current", "0101", 4, "i-1", MONDAY));
        apply(proposed("next", "0101", 2026, MONDAY));

        assertThat(municipality("0101").actionPlan()).isEqualTo(new ActionPlanState(true, "current",
                new Period(2025, 2026), LocalDate.of(2027, 2, 1), false, true));
    }

    @Test
    void a_follow_up_due_before_today_is_overdue() {
        apply(proposed("p-1", "0147", 2026, MONDAY));
        apply(adopted("p-1", "0147", 1, LocalDate.of(2025, 11, 20), MONDAY));
        apply(proposed("p-2", "0185", 2026, MONDAY));

        assertThat(municipality("0147").actionPlan()).isEqualTo(new ActionPlanState(true, "p-1",
                new Period(2026, 2027), LocalDate.of(2026, 11, 20), true, false));
        assertThat(municipality("0185").actionPlan()).isEqualTo(ActionPlanState.NONE);
    }

    @Test
    void a_district_adds_up_its_municipalities_and_lists_every_one() {
        apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, List.of("natteliv"), 0, MONDAY));
        fundedAndActive("i-2", LocalDate.of(2026, 1, 1), 40_000);
        apply(opened("0101", 2026, 300_000, MONDAY.plusSeconds(5)));
        apply(opened("0147", 2026, 100_000, MONDAY));
        apply(reserved("0147", 2026, 1, "x", 50_000, 100_000, 50_000, 0, MONDAY));
        apply(proposed("p-1", "0147", 2026, MONDAY));
        apply(adopted("p-1", "0147", 1, LocalDate.of(2025, 11, 20), MONDAY));
        apply(registered("i-9", "0851", PreventionLevel.BUILDING, MONDAY));

        DistrictActivity copenhagen = activity.district(ReferenceData.instance().district("1470"));

        assertThat(copenhagen.name()).isEqualTo("Københavns Politi");
        assertThat(copenhagen.municipalities()).extracting(MunicipalitySummary::code)
                .containsExactly("0101", "0147", "0185", "0155");
        ActivityTotals totals = copenhagen.totals();
        assertThat(totals.initiatives().initiatives()).isEqualTo(2);
        assertThat(totals.initiatives().byTheme()).containsEntry("natteliv", 2L);
        assertThat(totals.budget()).isEqualTo(new Budget(40_000, 0));
        assertThat(totals.pool()).isEqualTo(PoolUse.of(2026, 400_000, 50_000, 0));
        assertThat(totals.municipalitiesWithPool()).isEqualTo(2);
        assertThat(totals.overdueStatusReports()).isEqualTo(1);
        assertThat(totals.actionPlans()).isEqualTo(new ActionPlanCoverage(4, 1, 1, 0));
        assertThat(totals.lastEventAt()).isEqualTo(MONDAY.plusSeconds(5));
        assertThat(municipality("0155").initiatives()).isEqualTo(InitiativeCounts.none());
        assertThat(municipality("0155").lastEventAt()).isNull();

        List<DistrictActivity> districts = activity.districts();
        assertThat(districts).hasSize(12);
        assertThat(ActivityTotals.of(districts.stream().flatMap(district -> district.municipalities().stream())
                .map(MunicipalitySummary::activity).toList()).initiatives().initiatives()).isEqualTo(3);
        assertThat(districts.stream().filter(district -> district.code().equals("1470")).findFirst().orElseThrow())
                .isEqualTo(copenhagen);
    }

    @Test
    void the_last_event_time_never_goes_back() {
        apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        apply(registered("i-2", "0101", PreventionLevel.PREVENTIVE, MONDAY.minusSeconds(3600)));

        assertThat(municipality("0101").lastEventAt()).isEqualTo(MONDAY);
    }

    private void fundedAndActive(String initiativeId, long budget) {
        fundedAndActive(initiativeId, TODAY.plusMonths(5), budget);
    }

    /** Registered, approved, budget approved and activated six months before its first status report is due. */
    private void fundedAndActive(String initiativeId, LocalDate statusReportDue, long budget) {
        apply(registered(initiativeId, "0101", PreventionLevel.PREVENTIVE, InitiativeScope.CITY_WIDE,
                List.of("natteliv"), budget, MONDAY));
        apply(approved(initiativeId, "0101", 1, MONDAY));
        apply(budgetApproved(initiativeId, "0101", 2, 2026, budget, MONDAY));
        apply(activated(initiativeId, "0101", 3, statusReportDue.minusMonths(6), MONDAY));
    }

    private ActivitySummary municipality(String kommunekode) {
        return summaryOf(activity, kommunekode);
    }

    private static ActivitySummary summaryOf(ActivityReadModel model, String kommunekode) {
        return model.district(ReferenceData.instance().districtOf(kommunekode)).municipalities().stream()
                .filter(municipality -> municipality.code().equals(kommunekode))
                .findFirst().orElseThrow().activity();
    }

    /** Applies the event as the consumer would, from the position Kafka would have delivered it at. */
    private boolean apply(EventEnvelope<?> event) {
        return activity.apply(event);
    }
}
