package dk.samspil.nationalassociation.overview.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
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

class NationalOverviewProjectionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private MongoClient client;
    private NationalOverviewProjection projection;
    private long offset;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("national-overview"));
        projection = new NationalOverviewProjection(client.getDatabase("national-overview-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void registered_then_approved_moves_the_district_count_from_registered_to_approved() {
        projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(registered("i-2", "0147", PreventionLevel.BUILDING, MONDAY.plusSeconds(1)), next());
        projection.on(approved("i-1", "0101", 1, MONDAY.plusSeconds(62)), next());

        DistrictInitiatives copenhagen = district(overview(), "1470");

        assertThat(copenhagen.counts()).isEqualTo(new InitiativeCounts(2,
                Map.of(InitiativeStatus.SUBMITTED, 1L, InitiativeStatus.APPROVED, 1L),
                Map.of(PreventionLevel.PREVENTIVE, 1L, PreventionLevel.BUILDING, 1L)));
        assertThat(copenhagen.lastEventAt()).isEqualTo(MONDAY.plusSeconds(62));
    }

    @Test
    void the_same_event_twice_counts_once() {
        projection.on(registered("i-1", "0400", PreventionLevel.BUILDING, MONDAY), next());

        assertThat(projection.on(registered("i-1", "0400", PreventionLevel.BUILDING, MONDAY), next())).isFalse();

        assertThat(district(overview(), "1471").counts().initiatives()).isEqualTo(1);
    }

    @Test
    void an_older_sequence_changes_nothing() {
        projection.on(registered("i-1", "0851", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(approved("i-1", "0851", 2, MONDAY.plusSeconds(60)), next());

        assertThat(projection.on(approved("i-1", "0851", 1, MONDAY.plusSeconds(30)), next())).isFalse();

        InitiativeCounts northJutland = district(overview(), "1460").counts();
        assertThat(northJutland.initiatives()).isEqualTo(1);
        assertThat(northJutland.byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L).containsEntry(InitiativeStatus.SUBMITTED, 0L);
    }

    @Test
    void municipalities_count_in_their_own_district_and_the_totals_add_the_districts_up() {
        projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(registered("i-2", "0185", PreventionLevel.PREVENTIVE, MONDAY), next());
        projection.on(registered("i-3", "0851", PreventionLevel.BUILDING, MONDAY.plusSeconds(5)), next());
        projection.on(registered("i-4", "0336", PreventionLevel.CRIME_PREVENTIVE, MONDAY), next());

        NationalOverview overview = overview();

        assertThat(district(overview, "1470").counts().initiatives()).isEqualTo(2);
        assertThat(district(overview, "1460").counts().byPreventionLevel()).containsEntry(PreventionLevel.BUILDING, 1L);
        assertThat(district(overview, "1467").counts().byPreventionLevel()).containsEntry(PreventionLevel.CRIME_PREVENTIVE, 1L);
        assertThat(overview.totals()).isEqualTo(new InitiativeCounts(4, Map.of(InitiativeStatus.SUBMITTED, 4L),
                Map.of(PreventionLevel.PREVENTIVE, 2L, PreventionLevel.BUILDING, 1L, PreventionLevel.CRIME_PREVENTIVE, 1L)));
        assertThat(overview.lastEventAt()).isEqualTo(MONDAY.plusSeconds(5));
    }

    @Test
    void the_overview_lists_all_twelve_districts_with_zeros() {
        projection.on(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());

        NationalOverview overview = overview();

        assertThat(overview.districts()).extracting(DistrictInitiatives::code).containsExactly(
                "1460", "1461", "1462", "1463", "1464", "1465", "1466", "1467", "1468", "1469", "1470", "1471");
        assertThat(district(overview, "1460").name()).isEqualTo("Nordjyllands Politi");
        assertThat(district(overview, "1460").counts()).isEqualTo(InitiativeCounts.none());
        assertThat(district(overview, "1460").counts().byStatus()).containsOnlyKeys(InitiativeStatus.values());
        assertThat(district(overview, "1460").lastEventAt()).isNull();
    }

    @Test
    void before_any_event_everything_is_zero() {
        NationalOverview overview = overview();

        assertThat(overview.districts()).hasSize(12);
        assertThat(overview.totals()).isEqualTo(InitiativeCounts.none());
        assertThat(overview.lastEventAt()).isNull();
    }

    @Test
    void an_event_of_an_unknown_municipality_is_malformed() {
        assertThatThrownBy(() -> projection.on(registered("i-1", "0411", PreventionLevel.PREVENTIVE, MONDAY), next()))
                .isInstanceOf(MalformedEventException.class);
    }

    private NationalOverview overview() {
        return projection.handle(new FetchNationalOverviewQuery());
    }

    private static DistrictInitiatives district(NationalOverview overview, String code) {
        return overview.districts().stream().filter(district -> district.code().equals(code)).findFirst().orElseThrow();
    }

    private RecordPosition next() {
        return new RecordPosition(Topics.MUNICIPALITY_INITIATIVES, 0, offset++);
    }
}
