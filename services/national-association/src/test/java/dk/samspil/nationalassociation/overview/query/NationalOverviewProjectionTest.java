package dk.samspil.nationalassociation.overview.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.platform.activity.ActionPlanCoverage;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.Budget;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.InitiativeCounts;
import dk.samspil.platform.activity.MunicipalitySummary;
import dk.samspil.platform.activity.PoolUse;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.testing.Deliveries;
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
import static dk.samspil.platform.testing.ActionPlanEvents.proposed;
import static dk.samspil.platform.testing.FundingPoolEvents.opened;
import static dk.samspil.platform.testing.FundingPoolEvents.reserved;
import static dk.samspil.platform.testing.InitiativeEvents.activated;
import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.budgetApproved;
import static dk.samspil.platform.testing.InitiativeEvents.completed;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NationalOverviewProjectionTest {

    private final Deliveries deliveries = new Deliveries();

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private MongoClient client;
    private ActivityReadModel activity;
    private NationalOverviewProjection projection;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("national-overview"));
        activity = new ActivityReadModel(client.getDatabase("national-overview-" + UUID.randomUUID()), Clock.fixed(MONDAY, ZoneId.of("Europe/Copenhagen")));
        projection = new NationalOverviewProjection(activity);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void registered_then_approved_moves_the_district_count_from_submitted_to_approved() {
        on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        on(registered("i-2", "0147", PreventionLevel.BUILDING, MONDAY.plusSeconds(1)));
        on(approved("i-1", "0101", 1, MONDAY.plusSeconds(62)));

        ActivityTotals copenhagen = district(overview(), "1470").totals();

        assertThat(copenhagen.initiatives().initiatives()).isEqualTo(2);
        assertThat(copenhagen.initiatives().byStatus())
                .containsEntry(InitiativeStatus.SUBMITTED, 1L).containsEntry(InitiativeStatus.APPROVED, 1L);
        assertThat(copenhagen.initiatives().byPreventionLevel()).isEqualTo(Map.of(PreventionLevel.PREVENTIVE, 1L,
                PreventionLevel.BUILDING, 1L, PreventionLevel.CRIME_PREVENTIVE, 0L));
        assertThat(copenhagen.lastEventAt()).isEqualTo(MONDAY.plusSeconds(62));
    }

    @Test
    void the_same_event_twice_counts_once() {
        on(registered("i-1", "0400", PreventionLevel.BUILDING, MONDAY));

        assertThat(on(registered("i-1", "0400", PreventionLevel.BUILDING, MONDAY))).isFalse();

        assertThat(district(overview(), "1471").totals().initiatives().initiatives()).isEqualTo(1);
    }

    @Test
    void an_older_sequence_changes_nothing() {
        on(registered("i-1", "0851", PreventionLevel.PREVENTIVE, MONDAY));
        on(approved("i-1", "0851", 2, MONDAY.plusSeconds(60)));

        assertThat(on(approved("i-1", "0851", 1, MONDAY.plusSeconds(30)))).isFalse();

        InitiativeCounts northJutland = district(overview(), "1460").totals().initiatives();
        assertThat(northJutland.initiatives()).isEqualTo(1);
        assertThat(northJutland.byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L).containsEntry(InitiativeStatus.SUBMITTED, 0L);
    }

    @Test
    void municipalities_count_in_their_own_district_and_the_totals_add_the_districts_up() {
        on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        on(registered("i-2", "0185", PreventionLevel.PREVENTIVE, MONDAY));
        on(registered("i-3", "0851", PreventionLevel.BUILDING, MONDAY.plusSeconds(5)));
        on(registered("i-4", "0336", PreventionLevel.CRIME_PREVENTIVE, MONDAY));

        NationalOverview overview = overview();

        assertThat(district(overview, "1470").totals().initiatives().initiatives()).isEqualTo(2);
        assertThat(district(overview, "1460").totals().initiatives().byPreventionLevel())
                .containsEntry(PreventionLevel.BUILDING, 1L);
        assertThat(district(overview, "1467").totals().initiatives().byPreventionLevel())
                .containsEntry(PreventionLevel.CRIME_PREVENTIVE, 1L);
        assertThat(overview.totals().initiatives()).isEqualTo(new InitiativeCounts(4, Map.of(InitiativeStatus.SUBMITTED, 4L),
                Map.of(PreventionLevel.PREVENTIVE, 2L, PreventionLevel.BUILDING, 1L, PreventionLevel.CRIME_PREVENTIVE, 1L),
                Map.of(InitiativeScope.CITY_WIDE, 4L), Map.of("natteliv", 4L)));
        assertThat(overview.totals().lastEventAt()).isEqualTo(MONDAY.plusSeconds(5));
    }

    @Test
    void budgets_pools_overdue_reports_and_plans_add_up_per_district_and_for_the_country() {
        fundedAndActive("i-1", "0336", 30_000, LocalDate.of(2026, 1, 2));
        on(completed("i-1", "0336", 4, 30_000, 25_000, MONDAY));
        fundedAndActive("i-2", "0336", 20_000, LocalDate.of(2026, 1, 2));
        fundedAndActive("i-3", "0101", 50_000, LocalDate.of(2026, 9, 1));
        on(opened("0336", 2026, 300_000, MONDAY));
        on(reserved("0336", 2026, 1, "i-2", 20_000, 300_000, 20_000, 25_000, MONDAY));
        on(opened("0101", 2026, 100_000, MONDAY));
        on(proposed("p-1", "0336", 2026, MONDAY));
        on(adopted("p-1", "0336", 1, LocalDate.of(2025, 11, 1), MONDAY));

        NationalOverview overview = overview();

        ActivityTotals zealand = district(overview, "1467").totals();
        assertThat(zealand.budget()).isEqualTo(new Budget(50_000, 25_000));
        assertThat(zealand.pool()).isEqualTo(PoolUse.of(2026, 300_000, 20_000, 25_000));
        assertThat(zealand.overdueStatusReports()).isEqualTo(1);
        assertThat(zealand.actionPlans()).isEqualTo(new ActionPlanCoverage(10, 1, 1, 0));
        MunicipalitySummary stevns = district(overview, "1467").municipalities().stream()
                .filter(municipality -> municipality.code().equals("0336")).findFirst().orElseThrow();
        assertThat(stevns.name()).isEqualTo("Stevns");
        assertThat(stevns.activity().actionPlan().followUpOverdue()).isTrue();

        ActivityTotals country = overview.totals();
        assertThat(country.budget()).isEqualTo(new Budget(100_000, 25_000));
        assertThat(country.pool()).isEqualTo(PoolUse.of(2026, 400_000, 20_000, 25_000));
        assertThat(country.municipalitiesWithPool()).isEqualTo(2);
        assertThat(country.overdueStatusReports()).isEqualTo(1);
        assertThat(country.actionPlans()).isEqualTo(new ActionPlanCoverage(98, 1, 1, 0));
    }

    @Test
    void the_overview_lists_all_twelve_districts_with_all_their_municipalities_and_zeros() {
        on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));

        NationalOverview overview = overview();

        assertThat(overview.districts()).extracting(DistrictActivity::code).containsExactly(
                "1460", "1461", "1462", "1463", "1464", "1465", "1466", "1467", "1468", "1469", "1470", "1471");
        assertThat(overview.districts().stream().mapToInt(district -> district.municipalities().size()).sum()).isEqualTo(98);
        DistrictActivity northJutland = district(overview, "1460");
        assertThat(northJutland.name()).isEqualTo("Nordjyllands Politi");
        assertThat(northJutland.totals().initiatives()).isEqualTo(InitiativeCounts.none());
        assertThat(northJutland.totals().initiatives().byStatus()).containsOnlyKeys(InitiativeStatus.values());
        assertThat(northJutland.totals().lastEventAt()).isNull();
    }

    @Test
    void before_any_event_everything_is_zero() {
        NationalOverview overview = overview();

        assertThat(overview.districts()).hasSize(12);
        assertThat(overview.totals().initiatives()).isEqualTo(InitiativeCounts.none());
        assertThat(overview.totals().pool()).isNull();
        assertThat(overview.totals().lastEventAt()).isNull();
    }

    @Test
    void an_event_of_an_unknown_municipality_is_malformed() {
        assertThatThrownBy(() -> on(registered("i-1", "0411", PreventionLevel.PREVENTIVE, MONDAY)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(proposed("p-1", "0999", 2026, MONDAY)))
                .isInstanceOf(MalformedEventException.class);
    }

    /** Registered, approved, budget approved and activated; its first status report is due six months after. */
    private void fundedAndActive(String initiativeId, String kommunekode, long budget, LocalDate activatedOn) {
        on(registered(initiativeId, kommunekode, PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                List.of("natteliv"), budget, MONDAY));
        on(approved(initiativeId, kommunekode, 1, MONDAY));
        on(budgetApproved(initiativeId, kommunekode, 2, 2026, budget, MONDAY));
        on(activated(initiativeId, kommunekode, 3, activatedOn, MONDAY));
    }

    private NationalOverview overview() {
        return projection.handle(new FetchNationalOverviewQuery());
    }

    private static DistrictActivity district(NationalOverview overview, String code) {
        return overview.districts().stream().filter(district -> district.code().equals(code)).findFirst().orElseThrow();
    }

    /** Applies the event as the consumer would, from the position Kafka would have delivered it at. */
    private boolean on(EventEnvelope<?> event) {
        return activity.apply(event, deliveries.positionOf(event));
    }
}
