package dk.samspil.localcouncil.council.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.localcouncil.council.command.DecisionImplementationReportedEvent;
import dk.samspil.localcouncil.council.command.DecisionReceivedEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.samspil.contracts.localcouncil.DecisionImplementationStatus.DONE;
import static dk.samspil.contracts.localcouncil.DecisionImplementationStatus.IN_PROGRESS;
import static dk.samspil.contracts.localcouncil.DecisionImplementationStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

class AssignedDecisionProjectionTest {

    private static final Instant NOW = Instant.parse("2026-10-10T09:00:00Z");

    private MongoClient client;
    private AssignedDecisionProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new AssignedDecisionProjection(client.getDatabase("assigned-decisions-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_received_decision_is_planned_without_notes() {
        projection.on(received("LR-0336", "d-1", "2026-12-31"), 0, NOW);

        AssignedDecisionView decision = only("LR-0336");
        assertThat(decision.decisionId()).isEqualTo("d-1");
        assertThat(decision.districtCode()).isEqualTo("1467");
        assertThat(decision.title()).isEqualTo("Forældremøder om nikotin");
        assertThat(decision.themeLabels()).containsExactly("nikotinprodukter");
        assertThat(decision.dueDate()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(decision.status()).isEqualTo(PLANNED);
        assertThat(decision.statusLabel()).isEqualTo("planlagt");
        assertThat(decision.notes()).isEmpty();
    }

    @Test
    void implementation_reports_set_the_status_and_keep_the_notes_in_order() {
        projection.on(received("LR-0336", "d-1", "2026-12-31"), 0, NOW);
        projection.on(reported("LR-0336", "d-1", IN_PROGRESS, "Første møde"), 1, NOW.plusSeconds(60));
        projection.on(reported("LR-0336", "d-1", DONE, "Alle møder holdt"), 2, NOW.plusSeconds(120));

        AssignedDecisionView decision = only("LR-0336");
        assertThat(decision.status()).isEqualTo(DONE);
        assertThat(decision.statusLabel()).isEqualTo("gennemført");
        assertThat(decision.notes()).extracting(AssignedDecisionView.Note::note).containsExactly("Første møde", "Alle møder holdt");
        assertThat(decision.notes()).extracting(AssignedDecisionView.Note::statusLabel).containsExactly("i gang", "gennemført");
    }

    @Test
    void a_redelivered_report_adds_no_second_note() {
        projection.on(received("LR-0336", "d-1", "2026-12-31"), 0, NOW);
        DecisionImplementationReportedEvent started = reported("LR-0336", "d-1", IN_PROGRESS, "Første møde");
        projection.on(started, 1, NOW);

        projection.on(started, 1, NOW);

        assertThat(only("LR-0336").notes()).hasSize(1);
    }

    @Test
    void an_older_event_arriving_late_changes_nothing() {
        projection.on(received("LR-0336", "d-1", "2026-12-31"), 0, NOW);
        projection.on(reported("LR-0336", "d-1", IN_PROGRESS, "Første møde"), 1, NOW);

        projection.on(received("LR-0336", "d-1", "2026-12-31"), 0, NOW);

        AssignedDecisionView decision = only("LR-0336");
        assertThat(decision.status()).isEqualTo(IN_PROGRESS);
        assertThat(decision.notes()).hasSize(1);
    }

    @Test
    void one_decision_assigned_to_two_councils_is_listed_and_followed_for_each() {
        projection.on(received("LR-0336", "d-1", "2026-12-31"), 0, NOW);
        projection.on(received("LR-0259", "d-1", "2026-12-31"), 3, NOW);
        projection.on(reported("LR-0259", "d-1", DONE, "Gennemført i Køge"), 4, NOW);

        assertThat(only("LR-0336").status()).isEqualTo(PLANNED);
        assertThat(only("LR-0259").status()).isEqualTo(DONE);
    }

    @Test
    void lists_a_council_s_decisions_soonest_due_first() {
        projection.on(received("LR-0336", "d-1", "2027-03-31"), 0, NOW);
        projection.on(received("LR-0336", "d-2", "2026-12-31"), 1, NOW);

        assertThat(projection.handle(new FetchAssignedDecisionsQuery("LR-0336")))
                .extracting(AssignedDecisionView::decisionId).containsExactly("d-2", "d-1");
    }

    private AssignedDecisionView only(String localCouncilId) {
        List<AssignedDecisionView> decisions = projection.handle(new FetchAssignedDecisionsQuery(localCouncilId));
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }

    private static DecisionReceivedEvent received(String localCouncilId, String decisionId, String dueDate) {
        return new DecisionReceivedEvent(localCouncilId, "1467", decisionId, "Forældremøder om nikotin",
                "Forældremøder på alle skoler med udskoling", List.of(Theme.NICOTINE_PRODUCTS), LocalDate.parse(dueDate));
    }

    private static DecisionImplementationReportedEvent reported(String localCouncilId, String decisionId,
                                                                DecisionImplementationStatus status, String note) {
        return new DecisionImplementationReportedEvent(localCouncilId, "1467", decisionId, status, note,
                LocalDate.parse("2026-10-10"));
    }
}
