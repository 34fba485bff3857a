package dk.samspil.municipality.concern.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concern.command.ConcernConfirmedEvent;
import dk.samspil.municipality.concern.command.ConcernEscalatedEvent;
import dk.samspil.municipality.concern.command.ConcernRaisedEvent;
import dk.samspil.municipality.concern.command.ConcernResolvedEvent;
import dk.samspil.municipality.concern.command.ConcernUpdatedEvent;
import dk.samspil.municipality.concern.query.FetchMunicipalityConcernsQuery.Selection;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.samspil.contracts.municipality.ConcernSeverity.ALERT;
import static dk.samspil.contracts.municipality.ConcernSeverity.WATCH;
import static org.assertj.core.api.Assertions.assertThat;

class ConcernProjectionTest {

    private static final Instant RAISED_AT = Instant.parse("2026-11-20T09:00:00.123Z");
    private static final LocalDate OBSERVED_ON = LocalDate.parse("2026-11-18");

    private MongoClient client;
    private ConcernProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new ConcernProjection(client.getDatabase("concerns-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shows_a_raised_concern() {
        projection.on(raised("c-1", "0336", List.of("0336", "0370"), List.of("1466")), 0, RAISED_AT);

        assertThat(concern("c-1")).isEqualTo(new ConcernView("c-1", "0336", "Unge ved stationen", "Salg af nikotinposer",
                List.of(Theme.NICOTINE_PRODUCTS, Theme.YOUTH_GROUPS), WATCH, ConcernStatus.RAISED,
                List.of("0336", "0370"), List.of("1466"), List.of(), OBSERVED_ON, RAISED_AT, List.of(), List.of(),
                List.of(), null, null));
    }

    @Test
    void follows_notes_confirmations_escalations_and_the_resolution() {
        projection.on(raised("c-1", "0336", List.of("0336"), List.of()), 0, RAISED_AT);
        projection.on(new ConcernUpdatedEvent("c-1", "0336", "0336", "Flere unge", ALERT, ConcernStatus.RAISED), 1, at(1));
        projection.on(new ConcernConfirmedEvent("c-1", "0336", "0370", "Vi ser det også", List.of("0336", "0370"),
                List.of(), ConcernStatus.RAISED), 2, at(2));
        projection.on(new ConcernEscalatedEvent("c-1", "0336", List.of("1467", "1466"), "Fælles indsats",
                List.of("1467", "1466")), 3, at(3));
        projection.on(new ConcernResolvedEvent("c-1", "0336", "Gruppen er opløst"), 4, at(4));

        ConcernView concern = concern("c-1");
        assertThat(concern.severity()).isEqualTo(ALERT);
        assertThat(concern.notes()).containsExactly(new ConcernView.Note("0336", at(1), "Flere unge", ALERT));
        assertThat(concern.municipalityCodes()).containsExactly("0336", "0370");
        assertThat(concern.confirmations()).containsExactly(new ConcernView.Confirmation("0370", at(2), "Vi ser det også"));
        assertThat(concern.escalations()).containsExactly(
                new ConcernView.Escalation(List.of("1467", "1466"), "Fælles indsats", at(3)));
        assertThat(concern.escalatedDistrictCodes()).containsExactly("1467", "1466");
        assertThat(concern.status()).isEqualTo(ConcernStatus.RESOLVED);
        assertThat(concern.resolution()).isEqualTo("Gruppen er opløst");
        assertThat(concern.resolvedAt()).isEqualTo(at(4));
    }

    @Test
    void a_replayed_event_changes_nothing() {
        projection.on(raised("c-1", "0336", List.of("0336"), List.of()), 0, RAISED_AT);
        ConcernUpdatedEvent updated = new ConcernUpdatedEvent("c-1", "0336", "0336", "Flere unge", ALERT,
                ConcernStatus.RAISED);
        projection.on(updated, 1, at(1));

        projection.on(updated, 1, at(1));
        projection.on(raised("c-1", "0336", List.of("0336"), List.of()), 0, RAISED_AT);

        assertThat(concern("c-1").notes()).hasSize(1);
        assertThat(concern("c-1").severity()).isEqualTo(ALERT);
    }

    @Test
    void an_older_event_arriving_late_changes_nothing() {
        projection.on(raised("c-1", "0336", List.of("0336"), List.of()), 0, RAISED_AT);
        projection.on(new ConcernResolvedEvent("c-1", "0336", "Gruppen er opløst"), 2, at(2));

        projection.on(new ConcernUpdatedEvent("c-1", "0336", "0336", "Flere unge", ALERT, ConcernStatus.RAISED), 1, at(1));

        assertThat(concern("c-1").notes()).isEmpty();
        assertThat(concern("c-1").status()).isEqualTo(ConcernStatus.RESOLVED);
    }

    @Test
    void a_municipality_sees_the_concerns_it_raised_or_that_touch_it_newest_first() {
        projection.on(raised("own", "0336", List.of("0336"), List.of()), 0, RAISED_AT);
        projection.on(raised("named", "0101", List.of("0101", "0336"), List.of()), 0, at(10));
        projection.on(raised("district", "0751", List.of("0751"), List.of("1467")), 0, at(20));
        projection.on(raised("elsewhere", "0751", List.of("0751"), List.of("1466")), 0, at(30));

        assertThat(projection.handle(new FetchMunicipalityConcernsQuery("0336", "1467", Selection.ALL)))
                .extracting(ConcernView::concernId).containsExactly("district", "named", "own");
    }

    @Test
    void a_confirmation_brings_a_concern_to_the_confirming_municipality_s_list() {
        projection.on(raised("c-1", "0751", List.of("0751"), List.of()), 0, RAISED_AT);
        assertThat(projection.handle(new FetchMunicipalityConcernsQuery("0336", "1467", Selection.ALL))).isEmpty();

        projection.on(new ConcernConfirmedEvent("c-1", "0751", "0336", null, List.of("0751", "0336"), List.of(),
                ConcernStatus.RAISED), 1, at(1));

        assertThat(projection.handle(new FetchMunicipalityConcernsQuery("0336", "1467", Selection.ALL)))
                .extracting(ConcernView::concernId).containsExactly("c-1");
    }

    @Test
    void the_list_selects_open_or_resolved_concerns() {
        projection.on(raised("raised", "0336", List.of("0336"), List.of()), 0, RAISED_AT);
        projection.on(raised("escalated", "0336", List.of("0336"), List.of()), 0, at(1));
        projection.on(new ConcernEscalatedEvent("escalated", "0336", List.of("1467"), "Fælles indsats",
                List.of("1467")), 1, at(2));
        projection.on(raised("resolved", "0336", List.of("0336"), List.of()), 0, at(3));
        projection.on(new ConcernResolvedEvent("resolved", "0336", "Løst"), 1, at(4));

        assertThat(projection.handle(new FetchMunicipalityConcernsQuery("0336", "1467", Selection.OPEN)))
                .extracting(ConcernView::concernId).containsExactly("escalated", "raised");
        assertThat(projection.handle(new FetchMunicipalityConcernsQuery("0336", "1467", Selection.RESOLVED)))
                .extracting(ConcernView::concernId).containsExactly("resolved");
    }

    @Test
    void an_unknown_concern_is_empty_and_a_reset_empties_all() {
        projection.on(raised("c-1", "0336", List.of("0336"), List.of()), 0, RAISED_AT);
        assertThat(projection.handle(new FetchConcernQuery("c-2"))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FetchConcernQuery("c-1"))).isEmpty();
    }

    private static ConcernRaisedEvent raised(String id, String municipalityCode, List<String> municipalityCodes,
                                             List<String> districtCodes) {
        return new ConcernRaisedEvent(id, municipalityCode, "Unge ved stationen", "Salg af nikotinposer",
                List.of(Theme.NICOTINE_PRODUCTS, Theme.YOUTH_GROUPS), WATCH, municipalityCodes, districtCodes,
                OBSERVED_ON);
    }

    private static Instant at(int minutesAfterRaise) {
        return RAISED_AT.plusSeconds(60L * minutesAfterRaise);
    }

    private ConcernView concern(String id) {
        return projection.handle(new FetchConcernQuery(id)).orElseThrow();
    }
}
