package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;
import dk.samspil.platform.activity.ActionPlanCoverage;
import dk.samspil.platform.activity.ActionPlanState;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.activity.ActivitySummary;
import dk.samspil.platform.activity.Budget;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.InitiativeCounts;
import dk.samspil.platform.activity.MunicipalitySummary;
import dk.samspil.platform.activity.PoolUse;
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

import static dk.samspil.contracts.national.PilotMunicipalityRole.CO_DEVELOPER;
import static dk.samspil.contracts.national.PilotMunicipalityRole.PILOT;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotInvited;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotJoined;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotLeft;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectProposed;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectStarted;
import static dk.samspil.platform.testing.ActionPlanEvents.adopted;
import static dk.samspil.platform.testing.ActionPlanEvents.presented;
import static dk.samspil.platform.testing.ActionPlanEvents.proposed;
import static dk.samspil.platform.testing.FundingPoolEvents.opened;
import static dk.samspil.platform.testing.FundingPoolEvents.reserved;
import static dk.samspil.platform.testing.InitiativeEvents.activated;
import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.budgetApproved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistrictDashboardProjectionTest {


    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private final Clock clock = Clock.fixed(MONDAY, ZoneId.of("Europe/Copenhagen"));
    private MongoClient client;
    private ActivityReadModel activity;
    private CoordinationReadModel coordination;
    private DistrictDashboardProjection projection;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("district-dashboard"));
        MongoDatabase database = freshDatabase();
        activity = new ActivityReadModel(database, clock);
        coordination = new CoordinationReadModel(database, LocalCouncils.defaults());
        projection = new DistrictDashboardProjection(activity, coordination, clock);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void registered_then_approved_moves_the_count_from_submitted_to_approved() {
        on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        on(registered("i-2", "0101", PreventionLevel.CRIME_PREVENTIVE, MONDAY.plusSeconds(1)));
        on(approved("i-1", "0101", 1, MONDAY.plusSeconds(62)));

        DistrictActivity dashboard = copenhagen();

        InitiativeCounts counts = municipality(dashboard, "0101").initiatives();
        assertThat(counts.initiatives()).isEqualTo(2);
        assertThat(counts.byStatus()).containsEntry(InitiativeStatus.SUBMITTED, 1L).containsEntry(InitiativeStatus.APPROVED, 1L);
        assertThat(counts.byPreventionLevel()).isEqualTo(Map.of(PreventionLevel.PREVENTIVE, 1L,
                PreventionLevel.CRIME_PREVENTIVE, 1L, PreventionLevel.BUILDING, 0L));
        assertThat(dashboard.totals().initiatives()).isEqualTo(counts);
        assertThat(dashboard.totals().lastEventAt()).isEqualTo(MONDAY.plusSeconds(62));
    }

    @Test
    void initiatives_pools_and_plans_show_per_municipality_and_in_the_totals() {
        on(registered("i-1", "0147", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                List.of("natteliv", "rusmidler"), 30_000, MONDAY));
        on(approved("i-1", "0147", 1, MONDAY));
        on(budgetApproved("i-1", "0147", 2, 2026, 30_000, MONDAY));
        on(activated("i-1", "0147", 3, LocalDate.of(2026, 3, 1), MONDAY));
        on(opened("0147", 2026, 300_000, MONDAY));
        on(reserved("0147", 2026, 1, "i-1", 30_000, 300_000, 30_000, 0, MONDAY));
        on(proposed("p-1", "0147", 2026, MONDAY));
        on(adopted("p-1", "0147", 1, LocalDate.of(2026, 2, 10), MONDAY));
        on(presented("p-1", "0147", 2, LocalDate.of(2026, 5, 20), MONDAY));

        DistrictActivity dashboard = copenhagen();

        ActivitySummary frederiksberg = municipality(dashboard, "0147");
        assertThat(frederiksberg.initiatives().byStatus()).containsEntry(InitiativeStatus.ACTIVE, 1L);
        assertThat(frederiksberg.initiatives().byScope()).containsEntry(InitiativeScope.LOCAL, 1L);
        assertThat(frederiksberg.initiatives().byTheme()).isEqualTo(Map.of("natteliv", 1L, "rusmidler", 1L));
        assertThat(frederiksberg.budget()).isEqualTo(new Budget(30_000, 0));
        assertThat(frederiksberg.pool()).isEqualTo(new PoolUse(2026, 300_000, 30_000, 0, 270_000, 10));
        assertThat(frederiksberg.overdueStatusReports()).isEqualTo(1);
        assertThat(frederiksberg.actionPlan()).isEqualTo(new ActionPlanState(true, "p-1",
                new ActionPlanState.Period(2026, 2027), LocalDate.of(2027, 2, 10), false, true));
        assertThat(dashboard.totals().pool()).isEqualTo(frederiksberg.pool());
        assertThat(dashboard.totals().overdueStatusReports()).isEqualTo(1);
        assertThat(dashboard.totals().actionPlans()).isEqualTo(new ActionPlanCoverage(4, 1, 0, 1));
    }

    @Test
    void the_same_event_twice_counts_once() {
        on(registered("i-1", "0147", PreventionLevel.BUILDING, MONDAY));

        boolean applied = on(registered("i-1", "0147", PreventionLevel.BUILDING, MONDAY));

        assertThat(applied).isFalse();
        assertThat(municipality(copenhagen(), "0147").initiatives().initiatives()).isEqualTo(1);
    }

    @Test
    void an_older_sequence_changes_nothing() {
        on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        on(approved("i-1", "0101", 2, MONDAY.plusSeconds(60)));

        assertThat(on(approved("i-1", "0101", 1, MONDAY.plusSeconds(30)))).isFalse();
        assertThat(on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY))).isFalse();

        InitiativeCounts counts = municipality(copenhagen(), "0101").initiatives();
        assertThat(counts.initiatives()).isEqualTo(1);
        assertThat(counts.byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L).containsEntry(InitiativeStatus.SUBMITTED, 0L);
    }

    @Test
    void municipalities_of_other_districts_count_in_their_own_district() {
        on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        on(registered("i-2", "0851", PreventionLevel.BUILDING, MONDAY));
        on(registered("i-3", "0400", PreventionLevel.BUILDING, MONDAY));

        assertThat(copenhagen().totals().initiatives().initiatives()).isEqualTo(1);
        DistrictActivity northJutland = projection.handle(new FetchDistrictDashboardQuery("1460")).activity();
        assertThat(municipality(northJutland, "0851").initiatives().byPreventionLevel())
                .containsEntry(PreventionLevel.BUILDING, 1L);
        assertThat(northJutland.totals().initiatives().initiatives()).isEqualTo(1);
        assertThat(projection.handle(new FetchDistrictDashboardQuery("1471")).activity().totals().initiatives().initiatives())
                .isEqualTo(1);
    }

    @Test
    void the_dashboard_lists_every_municipality_of_the_district_with_zeros() {
        on(registered("i-1", "0185", PreventionLevel.PREVENTIVE, MONDAY));

        DistrictActivity dashboard = copenhagen();

        assertThat(dashboard.name()).isEqualTo("Københavns Politi");
        assertThat(dashboard.municipalities()).extracting(MunicipalitySummary::code)
                .containsExactly("0101", "0147", "0185", "0155");
        assertThat(dashboard.municipalities()).extracting(MunicipalitySummary::name)
                .containsExactly("København", "Frederiksberg", "Tårnby", "Dragør");
        ActivitySummary dragoer = municipality(dashboard, "0155");
        assertThat(dragoer.initiatives()).isEqualTo(InitiativeCounts.none());
        assertThat(dragoer.initiatives().byStatus()).containsOnlyKeys(InitiativeStatus.values());
        assertThat(dragoer.initiatives().byPreventionLevel()).containsOnlyKeys(PreventionLevel.values());
        assertThat(dragoer.budget()).isEqualTo(new Budget(0, 0));
        assertThat(dragoer.pool()).isNull();
        assertThat(dragoer.actionPlan()).isEqualTo(new ActionPlanState(false, null, null, null, false, false));
    }

    @Test
    void a_district_without_events_has_zeros_and_no_last_event() {
        DistrictActivity dashboard = projection.handle(new FetchDistrictDashboardQuery("1462")).activity();

        assertThat(dashboard.municipalities()).hasSize(11).allSatisfy(municipality ->
                assertThat(municipality.activity().initiatives()).isEqualTo(InitiativeCounts.none()));
        assertThat(dashboard.totals().initiatives()).isEqualTo(InitiativeCounts.none());
        assertThat(dashboard.totals().pool()).isNull();
        assertThat(dashboard.totals().lastEventAt()).isNull();
    }

    @Test
    void an_event_of_an_unknown_municipality_is_malformed() {
        assertThatThrownBy(() -> on(registered("i-1", "0999", PreventionLevel.PREVENTIVE, MONDAY)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(opened("0411", 2026, 100_000, MONDAY)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(proposed("p-1", "0999", 2026, MONDAY)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void district_codes_are_four_digits_of_a_known_district() {
        for (String code : new String[]{"1459", "147", "abc", "01470"}) {
            assertThatThrownBy(() -> projection.handle(new FetchDistrictDashboardQuery(code)))
                    .isInstanceOf(UnknownPoliceDistrictException.class);
        }
    }

    @Test
    void the_pilot_projects_rebuilt_from_the_topic_show_as_before() {
        List<EventEnvelope<?>> topic = List.of(
                projectProposed("p-1", "Forældresamarbejde", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)),
                pilotInvited("p-1", 1, "Forældresamarbejde", "0101", "1470", CO_DEVELOPER),
                pilotInvited("p-1", 2, "Forældresamarbejde", "0147", "1470", PILOT),
                pilotInvited("p-1", 3, "Forældresamarbejde", "0155", "1470", PILOT),
                pilotJoined("p-1", 4, "Forældresamarbejde", "0101", "1470", CO_DEVELOPER),
                projectStarted("p-1", 5),
                pilotLeft("p-1", 6, "Forældresamarbejde", "0147", "1470", PILOT),
                projectProposed("p-2", "Digital dannelse", LocalDate.of(2025, 8, 1), LocalDate.of(2027, 7, 31)),
                pilotInvited("p-2", 1, "Digital dannelse", "0185", "1470", PILOT));
        topic.forEach(coordination::apply);
        List<PilotProjectItem> before = pilotProjectsOfCopenhagen();

        assertThat(topic).noneMatch(coordination::apply);
        CoordinationReadModel rebuilt = new CoordinationReadModel(freshDatabase(), LocalCouncils.defaults());
        projection = new DistrictDashboardProjection(activity, rebuilt, clock);
        assertThat(rebuilt.isEmpty()).isTrue();
        topic.forEach(rebuilt::apply);

        assertThat(pilotProjectsOfCopenhagen()).isEqualTo(before);
        assertThat(before).extracting(PilotProjectItem::projectId).as("by period start").containsExactly("p-2", "p-1");
        assertThat(before.get(1).statusLabel()).isEqualTo("i gang");
        assertThat(before.get(1).municipalities()).extracting(PilotMunicipalityItem::name)
                .containsExactly("København", "Dragør");
    }

    private List<PilotProjectItem> pilotProjectsOfCopenhagen() {
        return projection.handle(new FetchDistrictDashboardQuery("1470")).pilotProjects();
    }

    private MongoDatabase freshDatabase() {
        return client.getDatabase("district-dashboard-" + UUID.randomUUID());
    }

    private DistrictActivity copenhagen() {
        return projection.handle(new FetchDistrictDashboardQuery("1470")).activity();
    }

    private static ActivitySummary municipality(DistrictActivity dashboard, String code) {
        return dashboard.municipalities().stream()
                .filter(municipality -> municipality.code().equals(code))
                .findFirst().orElseThrow().activity();
    }

    /** Applies the event as the consumer would, from the position Kafka would have delivered it at. */
    private boolean on(EventEnvelope<?> event) {
        return activity.apply(event);
    }
}
