package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;
import dk.samspil.platform.initiatives.InitiativeCounts;
import dk.samspil.platform.kafka.RecordPosition;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistrictDashboardProjectionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private MongoClient client;
    private DistrictDashboardProjection projection;
    private long offset;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("district-dashboard"));
        projection = new DistrictDashboardProjection(client.getDatabase("district-dashboard-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void registered_then_approved_moves_the_count_from_registered_to_approved() {
        projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(registered("i-2", "0101", PreventionLevel.CRIME_PREVENTIVE, MONDAY.plusSeconds(1)), next());
        projection.on(approved("i-1", "0101", 1, MONDAY.plusSeconds(62)), next());

        DistrictDashboard dashboard = copenhagen();

        assertThat(municipality(dashboard, "0101")).isEqualTo(new InitiativeCounts(2,
                Map.of(InitiativeStatus.SUBMITTED, 1L, InitiativeStatus.APPROVED, 1L),
                Map.of(PreventionLevel.PREVENTIVE, 1L, PreventionLevel.CRIME_PREVENTIVE, 1L)));
        assertThat(dashboard.totals()).isEqualTo(municipality(dashboard, "0101"));
        assertThat(dashboard.lastEventAt()).isEqualTo(MONDAY.plusSeconds(62));
    }

    @Test
    void the_same_event_twice_counts_once() {
        projection.on(registered("i-1", "0147", PreventionLevel.BUILDING, MONDAY), next());

        boolean applied = projection.on(registered("i-1", "0147", PreventionLevel.BUILDING, MONDAY), next());

        assertThat(applied).isFalse();
        assertThat(municipality(copenhagen(), "0147").initiatives()).isEqualTo(1);
    }

    @Test
    void an_older_sequence_changes_nothing() {
        projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(approved("i-1", "0101", 2, MONDAY.plusSeconds(60)), next());

        assertThat(projection.on(approved("i-1", "0101", 1, MONDAY.plusSeconds(30)), next())).isFalse();
        assertThat(projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next())).isFalse();

        InitiativeCounts counts = municipality(copenhagen(), "0101");
        assertThat(counts.initiatives()).isEqualTo(1);
        assertThat(counts.byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L).containsEntry(InitiativeStatus.SUBMITTED, 0L);
    }

    @Test
    void municipalities_of_other_districts_count_in_their_own_district() {
        projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(registered("i-2", "0851", PreventionLevel.BUILDING, MONDAY), next());
        projection.on(registered("i-3", "0400", PreventionLevel.BUILDING, MONDAY), next());

        assertThat(copenhagen().totals().initiatives()).isEqualTo(1);
        DistrictDashboard northJutland = projection.handle(new FetchDistrictDashboardQuery("1460"));
        assertThat(municipality(northJutland, "0851").byPreventionLevel()).containsEntry(PreventionLevel.BUILDING, 1L);
        assertThat(northJutland.totals().initiatives()).isEqualTo(1);
        assertThat(projection.handle(new FetchDistrictDashboardQuery("1471")).totals().initiatives()).isEqualTo(1);
    }

    @Test
    void the_dashboard_lists_every_municipality_of_the_district_with_zeros() {
        projection.on(registered("i-1", "0185", PreventionLevel.PREVENTIVE, MONDAY), next());

        DistrictDashboard dashboard = copenhagen();

        assertThat(dashboard.districtName()).isEqualTo("Københavns Politi");
        assertThat(dashboard.municipalities()).extracting(MunicipalityInitiatives::code)
                .containsExactly("0101", "0147", "0185", "0155");
        assertThat(dashboard.municipalities()).extracting(MunicipalityInitiatives::name)
                .containsExactly("København", "Frederiksberg", "Tårnby", "Dragør");
        assertThat(municipality(dashboard, "0155")).isEqualTo(InitiativeCounts.none());
        assertThat(municipality(dashboard, "0155").byStatus()).containsOnlyKeys(InitiativeStatus.values());
        assertThat(municipality(dashboard, "0155").byPreventionLevel()).containsOnlyKeys(PreventionLevel.values());
    }

    @Test
    void a_district_without_events_has_zeros_and_no_last_event() {
        DistrictDashboard dashboard = projection.handle(new FetchDistrictDashboardQuery("1462"));

        assertThat(dashboard.municipalities()).hasSize(11).allSatisfy(municipality ->
                assertThat(municipality.counts()).isEqualTo(InitiativeCounts.none()));
        assertThat(dashboard.totals()).isEqualTo(InitiativeCounts.none());
        assertThat(dashboard.lastEventAt()).isNull();
    }

    @Test
    void an_event_of_an_unknown_municipality_is_malformed() {
        assertThatThrownBy(() -> projection.on(registered("i-1", "0999", PreventionLevel.PREVENTIVE, MONDAY), next()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void district_codes_are_four_digits_of_a_known_district() {
        for (String code : new String[]{"1459", "147", "abc", "01470"}) {
            assertThatThrownBy(() -> projection.handle(new FetchDistrictDashboardQuery(code)))
                    .isInstanceOf(UnknownPoliceDistrictException.class);
        }
    }

    private DistrictDashboard copenhagen() {
        return projection.handle(new FetchDistrictDashboardQuery("1470"));
    }

    private static InitiativeCounts municipality(DistrictDashboard dashboard, String code) {
        return dashboard.municipalities().stream()
                .filter(municipality -> municipality.code().equals(code))
                .findFirst().orElseThrow().counts();
    }

    private RecordPosition next() {
        return new RecordPosition(Topics.MUNICIPALITY_INITIATIVES, 0, offset++);
    }
}
