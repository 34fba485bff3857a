package dk.samspil.nationalassociation.gathering.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.nationalassociation.gathering.command.GatheringCancelledEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringHeldEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringPlannedEvent;
import dk.samspil.nationalassociation.gathering.command.GatheringStatus;
import dk.samspil.nationalassociation.gathering.command.MunicipalityParticipants;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GatheringProjectionTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-12");

    private MongoClient client;
    private GatheringProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new GatheringProjection(client.getDatabase("gatherings-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_held_gathering_shows_its_labels_district_and_participants_per_municipality_by_name() {
        projection.on(planned("g-1", "1467", DAY), 0);
        projection.on(held("g-1", DAY), 1);

        GatheringView gathering = projection.handle(new FetchGatheringQuery("g-1")).orElseThrow();

        assertThat(gathering).isEqualTo(new GatheringView("g-1", GatheringKind.THEME_DAY, "temadag", "1467",
                "Midt- og Vestsjællands Politi", "Unge og nikotinprodukter", DAY, "SSP-Samrådet", GatheringStatus.HELD,
                "afholdt", DAY, List.of(new GatheringView.Participants("0259", "Køge", "1467", 9),
                new GatheringView.Participants("0336", "Stevns", "1467", 14)), 23, null));
    }

    @Test
    void a_national_gathering_is_for_the_whole_country_and_a_planned_one_has_no_participants_yet() {
        projection.on(planned("g-1", null, DAY), 0);

        GatheringView gathering = projection.handle(new FetchGatheringQuery("g-1")).orElseThrow();

        assertThat(gathering.districtCode()).isNull();
        assertThat(gathering.districtName()).isEqualTo("Hele landet");
        assertThat(gathering.status()).isEqualTo(GatheringStatus.PLANNED);
        assertThat(gathering.statusLabel()).isEqualTo("planlagt");
        assertThat(gathering.participants()).isEmpty();
        assertThat(gathering.totalParticipants()).isZero();
        assertThat(gathering.heldOn()).isNull();
    }

    @Test
    void a_cancelled_gathering_shows_why() {
        projection.on(planned("g-1", "1470", DAY), 0);
        projection.on(new GatheringCancelledEvent("g-1", GatheringKind.THEME_DAY, "1470", "For få tilmeldte"), 1);

        GatheringView gathering = projection.handle(new FetchGatheringQuery("g-1")).orElseThrow();

        assertThat(gathering.status()).isEqualTo(GatheringStatus.CANCELLED);
        assertThat(gathering.statusLabel()).isEqualTo("aflyst");
        assertThat(gathering.cancellationReason()).isEqualTo("For få tilmeldte");
        assertThat(gathering.districtName()).isEqualTo("Københavns Politi");
    }

    @Test
    void events_delivered_again_change_nothing() {
        projection.on(planned("g-1", "1467", DAY), 0);
        projection.on(held("g-1", DAY), 1);
        projection.on(planned("g-1", "1467", DAY), 0);
        projection.on(new GatheringCancelledEvent("g-1", GatheringKind.THEME_DAY, "1467", "Forsinket"), 1);

        GatheringView gathering = projection.handle(new FetchGatheringQuery("g-1")).orElseThrow();
        assertThat(gathering.status()).isEqualTo(GatheringStatus.HELD);
        assertThat(gathering.cancellationReason()).isNull();
        assertThat(gathering.totalParticipants()).isEqualTo(23);
    }

    @Test
    void the_list_is_by_date_and_filtered_by_district_national_and_year() {
        projection.on(planned("late", "1467", LocalDate.parse("2026-10-01")), 0);
        projection.on(planned("national", null, LocalDate.parse("2026-04-15")), 0);
        projection.on(planned("copenhagen", "1470", LocalDate.parse("2026-02-01")), 0);
        projection.on(planned("next-year", "1467", LocalDate.parse("2027-01-20")), 0);
        projection.on(planned("moved", "1467", LocalDate.parse("2025-12-30")), 0);
        projection.on(held("moved", LocalDate.parse("2026-01-06")), 1);

        assertThat(ids(null, null)).containsExactly("moved", "copenhagen", "national", "late", "next-year");
        assertThat(ids("1467", null)).containsExactly("moved", "late", "next-year");
        assertThat(ids("1467", 2026)).containsExactly("moved", "late");
        assertThat(ids(FetchGatheringsQuery.NATIONAL, null)).containsExactly("national");
        assertThat(ids(null, 2025)).isEmpty();
        assertThat(ids("1471", null)).isEmpty();
    }

    @Test
    void an_unknown_gathering_is_absent_and_a_replay_starts_from_nothing() {
        projection.on(planned("g-1", "1467", DAY), 0);

        assertThat(projection.handle(new FetchGatheringQuery("g-unknown"))).isEmpty();
        projection.reset();
        assertThat(projection.handle(new FetchGatheringsQuery(null, null))).isEmpty();
        projection.on(planned("g-1", "1467", DAY), 0);
        assertThat(projection.handle(new FetchGatheringQuery("g-1"))).isPresent();
    }

    private List<String> ids(String district, Integer year) {
        return projection.handle(new FetchGatheringsQuery(district, year)).stream()
                .map(GatheringView::gatheringId).toList();
    }

    private static GatheringPlannedEvent planned(String gatheringId, String districtCode, LocalDate date) {
        return new GatheringPlannedEvent(gatheringId, GatheringKind.THEME_DAY, districtCode,
                "Unge og nikotinprodukter", date, "SSP-Samrådet");
    }

    private static GatheringHeldEvent held(String gatheringId, LocalDate heldOn) {
        return new GatheringHeldEvent(gatheringId, GatheringKind.THEME_DAY, "1467", "Unge og nikotinprodukter", heldOn,
                List.of(new MunicipalityParticipants("0259", "1467", 9), new MunicipalityParticipants("0336", "1467", 14)),
                23);
    }
}
