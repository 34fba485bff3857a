package dk.samspil.platform.initiatives;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.platform.kafka.RecordPosition;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitiativeTallyTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final String TOPIC = "samspil.municipality.initiatives";

    private MongoClient client;
    private InitiativeTally byMunicipality;
    private InitiativeTally byDistrict;
    private long offset;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("initiative-tally"));
        var database = client.getDatabase("initiative-tally-" + UUID.randomUUID());
        byMunicipality = new InitiativeTally(database, "by_municipality", Municipality::districtCode,
                municipality -> "municipalities." + municipality.code());
        byDistrict = new InitiativeTally(database, "by_district", Municipality::districtCode, municipality -> "");
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void counts_an_initiative_under_its_status_and_level_at_the_mapped_path() {
        byMunicipality.apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());
        byMunicipality.apply(approved("i-1", "0101", 1, MONDAY.plusSeconds(5)), next());

        InitiativeTallyDocument district = byMunicipality.find("1470");
        assertThat(district.countsAt("municipalities.0101")).isEqualTo(new InitiativeCounts(1,
                Map.of(InitiativeStatus.APPROVED, 1L), Map.of(PreventionLevel.PREVENTIVE, 1L)));
        assertThat(district.countsAt("municipalities.0147")).isEqualTo(InitiativeCounts.none());
        assertThat(district.lastEventAt()).contains(MONDAY.plusSeconds(5));
    }

    @Test
    void counts_at_the_document_root_when_the_path_is_empty() {
        byDistrict.apply(registered("i-1", "0851", PreventionLevel.BUILDING, MONDAY), next());
        byDistrict.apply(registered("i-2", "0101", PreventionLevel.BUILDING, MONDAY), next());

        assertThat(byDistrict.find("1460").countsAt("").byPreventionLevel()).containsEntry(PreventionLevel.BUILDING, 1L);
        assertThat(byDistrict.find("1470").countsAt("").initiatives()).isEqualTo(1);
    }

    @Test
    void a_document_nothing_was_counted_in_reads_as_zeros() {
        InitiativeTallyDocument empty = byDistrict.find("1471");

        assertThat(empty.countsAt("")).isEqualTo(InitiativeCounts.none());
        assertThat(empty.countsAt("").byStatus()).containsOnlyKeys(InitiativeStatus.values());
        assertThat(empty.lastEventAt()).isEmpty();
    }

    @Test
    void accepts_the_three_digit_kommunekode() {
        byMunicipality.apply(registered("i-1", "101", PreventionLevel.PREVENTIVE, MONDAY), next());

        assertThat(byMunicipality.find("1470").countsAt("municipalities.0101").initiatives()).isEqualTo(1);
    }

    @Test
    void an_unknown_municipality_is_malformed() {
        assertThatThrownBy(() -> byDistrict.apply(registered("i-1", "0411", PreventionLevel.PREVENTIVE, MONDAY), next()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("Christiansø");
        assertThatThrownBy(() -> byDistrict.apply(registered("i-2", null, PreventionLevel.PREVENTIVE, MONDAY), next()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void a_registration_without_prevention_level_is_malformed() {
        assertThatThrownBy(() -> byDistrict.apply(registered("i-1", "0101", null, MONDAY), next()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void an_event_that_moves_an_initiative_to_another_municipality_is_malformed_and_changes_nothing() {
        byDistrict.apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY), next());

        assertThatThrownBy(() -> byDistrict.apply(approved("i-1", "0851", 1, MONDAY), next()))
                .isInstanceOf(MalformedEventException.class);
        assertThat(byDistrict.find("1470").countsAt("").byStatus()).containsEntry(InitiativeStatus.SUBMITTED, 1L);
        assertThat(byDistrict.find("1460").countsAt("").initiatives()).isZero();
    }

    @Test
    void an_initiative_seen_first_when_approved_counts_without_a_level() {
        byDistrict.apply(approved("i-1", "0101", 1, MONDAY), next());

        InitiativeCounts counts = byDistrict.find("1470").countsAt("");
        assertThat(counts.initiatives()).isEqualTo(1);
        assertThat(counts.byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L);
        assertThat(counts.byPreventionLevel().values()).containsOnly(0L);
    }

    @Test
    void counts_add_up_by_status_and_level() {
        InitiativeCounts a = new InitiativeCounts(2, Map.of(InitiativeStatus.SUBMITTED, 2L), Map.of(PreventionLevel.BUILDING, 2L));
        InitiativeCounts b = new InitiativeCounts(1, Map.of(InitiativeStatus.APPROVED, 1L), Map.of(PreventionLevel.BUILDING, 1L));

        assertThat(InitiativeCounts.sum(List.of(a, b, InitiativeCounts.none()))).isEqualTo(new InitiativeCounts(3,
                Map.of(InitiativeStatus.SUBMITTED, 2L, InitiativeStatus.APPROVED, 1L), Map.of(PreventionLevel.BUILDING, 3L)));
    }

    private RecordPosition next() {
        return new RecordPosition(TOPIC, 0, offset++);
    }
}
