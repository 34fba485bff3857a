package dk.samspil.municipality.initiative.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.municipality.initiative.command.Coordinator;
import dk.samspil.municipality.initiative.command.InitiativeActivatedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApplication;
import dk.samspil.municipality.initiative.command.InitiativeApplicationRevisedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeApprovedWithoutFundingEvent;
import dk.samspil.municipality.initiative.command.InitiativeBudgetApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeCompletedEvent;
import dk.samspil.municipality.initiative.command.InitiativePausedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.municipality.initiative.command.InitiativeRejectedEvent;
import dk.samspil.municipality.initiative.command.InitiativeResumedEvent;
import dk.samspil.municipality.initiative.command.InitiativeStatusReportedEvent;
import dk.samspil.municipality.initiative.command.InitiativeSubmittedEvent;
import dk.samspil.municipality.initiative.command.InitiativeWithdrawnEvent;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestSealer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InitiativeListProjectionTest {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(DENMARK).toInstant();
    private static final BudgetLine MATERIALS = new BudgetLine("Materialer", 20_000, YearMonth.of(2026, 10), null);
    private static final BudgetLine SALARIES = new BudgetLine("Løn", 80_000, YearMonth.of(2026, 11), null);

    private MongoClient client;
    private final TestSealer sealer = new TestSealer();
    private MongoDatabase database;
    private InitiativeListProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        database = client.getDatabase("initiatives-" + UUID.randomUUID());
        projection = new InitiativeListProjection(database, Clock.fixed(NOW, DENMARK), sealer);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_registration_shows_the_whole_application_as_a_draft() {
        register("i-1", "0336", 0, NOW);

        InitiativeView view = initiative("0336", "i-1");
        assertThat(view.initiative().id()).isEqualTo("i-1");
        assertThat(view.initiative().municipalityCode()).isEqualTo("0336");
        assertThat(view.initiative().status()).isEqualTo(InitiativeStatus.DRAFT);
        assertThat(view.statusLabel()).isEqualTo("kladde");
        assertThat(view.initiative().registeredAt()).isEqualTo(NOW);
        assertThat(view.initiative().application()).isEqualTo(application("Trygt natteliv"));
        assertThat(view.budgetTotal()).isEqualTo(100_000);
        assertThat(view.statusReportOverdue()).isFalse();
        assertThat(view.initiative().history()).containsExactly(new HistoryStep("registered", "oprettet som kladde", TODAY, null));
    }

    @Test
    void the_document_keeps_the_coordinator_sealed_and_an_erased_one_reads_as_erased() {
        register("i-1", "0336", 0, NOW);
        projection.on(new InitiativeApplicationRevisedEvent("i-1", "0336", sealed(application("Trygt natteliv i Store Heddinge"))), 1, NOW);

        Document stored = database.getCollection("initiatives").find().first();
        assertThat(stored.toJson()).contains("pd1:").doesNotContain("Mette", "mette@stevns.dk", "56570000", "Lokalpolitiet");
        assertThat(initiative("0336", "i-1").initiative().application().coordinator())
                .isEqualTo(new Coordinator("Mette Jensen", "mette@stevns.dk", "56570000", "Lokalpolitiet"));

        sealer.erase("0336", "mette@stevns.dk");

        assertThat(initiative("0336", "i-1").initiative().application().coordinator())
                .isEqualTo(new Coordinator("[slettet]", "[slettet]", "[slettet]", "[slettet]"));
        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0336")).get(0).initiative().application()
                .coordinator().email()).isEqualTo("[slettet]");
        assertThat(initiative("0336", "i-1").initiative().application().name()).isEqualTo("Trygt natteliv i Store Heddinge");
    }

    @Test
    void every_step_of_a_funded_initiative_updates_the_document() {
        register("i-1", "0336", 0, NOW);

        projection.on(new InitiativeApplicationRevisedEvent("i-1", "0336", sealed(application("Trygt natteliv i Store Heddinge"))), 1, NOW);
        assertThat(initiative("0336", "i-1").initiative().application().name()).isEqualTo("Trygt natteliv i Store Heddinge");

        projection.on(new InitiativeSubmittedEvent("i-1", "0336"), 2, NOW);
        assertThat(initiative("0336", "i-1").statusLabel()).isEqualTo("indsendt");

        projection.on(new InitiativeApprovedEvent("i-1", "0336", "Store Heddinge"), 3, NOW);
        assertThat(initiative("0336", "i-1").initiative().leaderGroupArea()).isEqualTo("Store Heddinge");

        projection.on(new InitiativeBudgetApprovedEvent("i-1", "0336", "0336-2026", 2026, 100_000,
                List.of(FundingCriterion.KNOWLEDGE_BASED_METHOD), "Metoden udvikles i projektet"), 4, NOW);
        StoredInitiative budgetApproved = initiative("0336", "i-1").initiative();
        assertThat(budgetApproved.status()).isEqualTo(InitiativeStatus.BUDGET_APPROVED);
        assertThat(budgetApproved.fundingPoolId()).isEqualTo("0336-2026");
        assertThat(budgetApproved.accountingYear()).isEqualTo(2026);
        assertThat(budgetApproved.unmetCriteria()).containsExactly(FundingCriterion.KNOWLEDGE_BASED_METHOD);
        assertThat(budgetApproved.overrideReason()).isEqualTo("Metoden udvikles i projektet");

        projection.on(new InitiativeActivatedEvent("i-1", "0336", TODAY.minusMonths(2), TODAY.plusMonths(4)), 5);
        StoredInitiative active = initiative("0336", "i-1").initiative();
        assertThat(active.status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(active.activatedOn()).isEqualTo(TODAY.minusMonths(2));
        assertThat(active.statusReportDue()).isEqualTo(TODAY.plusMonths(4));

        projection.on(new InitiativeStatusReportedEvent("i-1", "0336", TODAY.minusDays(1), "God gang i nattelivet",
                TODAY.minusDays(1).plusMonths(6)), 6);
        assertThat(initiative("0336", "i-1").initiative().statusReportDue()).isEqualTo(TODAY.minusDays(1).plusMonths(6));

        projection.on(new InitiativePausedEvent("i-1", "0336", TODAY, "Tovholderen er sygemeldt"), 7);
        StoredInitiative paused = initiative("0336", "i-1").initiative();
        assertThat(paused.status()).isEqualTo(InitiativeStatus.PAUSED);
        assertThat(paused.statusReportDue()).isNull();

        projection.on(new InitiativeResumedEvent("i-1", "0336", TODAY, TODAY.plusMonths(6)), 8);
        StoredInitiative resumed = initiative("0336", "i-1").initiative();
        assertThat(resumed.status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(resumed.statusReportDue()).isEqualTo(TODAY.plusMonths(6));

        List<BudgetLine> settled = List.of(new BudgetLine("Materialer", 20_000, YearMonth.of(2026, 10), 15_000L),
                new BudgetLine("Løn", 80_000, YearMonth.of(2026, 11), 80_000L));
        projection.on(new InitiativeCompletedEvent("i-1", "0336", TODAY, "Målene er nået", settled, 100_000, 95_000), 9);
        InitiativeView completed = initiative("0336", "i-1");
        assertThat(completed.initiative().status()).isEqualTo(InitiativeStatus.COMPLETED);
        assertThat(completed.statusLabel()).isEqualTo("afsluttet");
        assertThat(completed.initiative().statusReportDue()).isNull();
        assertThat(completed.initiative().completedOn()).isEqualTo(TODAY);
        assertThat(completed.initiative().finalEvaluation()).isEqualTo("Målene er nået");
        assertThat(completed.initiative().actualTotal()).isEqualTo(95_000);
        assertThat(completed.initiative().application().budgetLines()).isEqualTo(settled);
        assertThat(completed.budgetTotal()).isEqualTo(100_000);

        assertThat(completed.initiative().history()).extracting(HistoryStep::step).containsExactly("registered",
                "application-revised", "submitted", "approved", "budget-approved", "activated", "status-reported",
                "paused", "resumed", "completed");
        assertThat(completed.initiative().history().get(6))
                .isEqualTo(new HistoryStep("status-reported", "status afgivet", TODAY.minusDays(1), "God gang i nattelivet"));
        assertThat(completed.initiative().history().get(7).note()).isEqualTo("Tovholderen er sygemeldt");
    }

    @Test
    void rejection_approval_without_funding_and_withdrawal_are_recorded_with_their_reasons() {
        register("rejected", "0336", 0, NOW);
        projection.on(new InitiativeSubmittedEvent("rejected", "0336"), 1, NOW);
        projection.on(new InitiativeRejectedEvent("rejected", "0336", "Uden for SSP's målgruppe"), 2, NOW);
        register("withdrawn", "0336", 0, NOW);
        projection.on(new InitiativeSubmittedEvent("withdrawn", "0336"), 1, NOW);
        projection.on(new InitiativeApprovedEvent("withdrawn", "0336", null), 2, NOW);
        projection.on(new InitiativeApprovedWithoutFundingEvent("withdrawn", "0336", "Skolen betaler selv"), 3, NOW);
        projection.on(new InitiativeWithdrawnEvent("withdrawn", "0336", "Skolen har ikke tid", null), 4, NOW);

        InitiativeView rejected = initiative("0336", "rejected");
        assertThat(rejected.initiative().status()).isEqualTo(InitiativeStatus.REJECTED);
        assertThat(rejected.initiative().history().get(2)).isEqualTo(new HistoryStep("rejected", "afvist", TODAY, "Uden for SSP's målgruppe"));
        InitiativeView withdrawn = initiative("0336", "withdrawn");
        assertThat(withdrawn.initiative().status()).isEqualTo(InitiativeStatus.WITHDRAWN);
        assertThat(withdrawn.statusLabel()).isEqualTo("trukket tilbage");
        assertThat(withdrawn.initiative().history()).extracting(HistoryStep::step, HistoryStep::note).containsExactly(
                tuple("registered", null), tuple("submitted", null),
                tuple("approved", null),
                tuple("approved-without-funding", "Skolen betaler selv"),
                tuple("withdrawn", "Skolen har ikke tid"));
    }

    @Test
    void a_replayed_or_older_event_changes_nothing() {
        register("i-1", "0336", 0, NOW);
        projection.on(new InitiativeSubmittedEvent("i-1", "0336"), 1, NOW);
        projection.on(new InitiativeApprovedEvent("i-1", "0336", "Store Heddinge"), 2, NOW);
        StoredInitiative before = initiative("0336", "i-1").initiative();

        projection.on(new InitiativeApprovedEvent("i-1", "0336", "Store Heddinge"), 2, NOW);
        projection.on(new InitiativeSubmittedEvent("i-1", "0336"), 1, NOW);
        projection.on(new InitiativeApplicationRevisedEvent("i-1", "0336", application("Et andet navn")), 1, NOW);
        register("i-1", "0336", 0, NOW.plusSeconds(60));

        assertThat(initiative("0336", "i-1").initiative()).isEqualTo(before);
        assertThat(before.history()).hasSize(3);
    }

    @Test
    void a_status_report_is_overdue_only_while_active_and_after_its_due_date() {
        register("i-1", "0336", 0, NOW);
        projection.on(new InitiativeActivatedEvent("i-1", "0336", TODAY.minusMonths(7), TODAY.minusMonths(1)), 1);
        assertThat(initiative("0336", "i-1").statusReportOverdue()).isTrue();

        projection.on(new InitiativeStatusReportedEvent("i-1", "0336", TODAY, "Status", TODAY.plusMonths(6)), 2);
        assertThat(initiative("0336", "i-1").statusReportOverdue()).isFalse();

        register("due-today", "0336", 0, NOW);
        projection.on(new InitiativeActivatedEvent("due-today", "0336", TODAY.minusMonths(6), TODAY), 1);
        assertThat(initiative("0336", "due-today").statusReportOverdue()).isFalse();

        register("paused", "0336", 0, NOW);
        projection.on(new InitiativeActivatedEvent("paused", "0336", TODAY.minusMonths(7), TODAY.minusMonths(1)), 1);
        projection.on(new InitiativePausedEvent("paused", "0336", TODAY, "Pause"), 2);
        assertThat(initiative("0336", "paused").statusReportOverdue()).isFalse();
    }

    @Test
    void another_municipality_s_initiative_is_not_found() {
        register("i-1", "0336", 0, NOW);

        assertThat(projection.handle(new FetchInitiativeQuery("0101", "i-1"))).isEmpty();
        assertThat(projection.handle(new FetchInitiativeQuery("0336", "unknown"))).isEmpty();
        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0101"))).isEmpty();
    }

    @Test
    void lists_a_municipality_s_initiatives_newest_first_and_nobody_else_s() {
        register("b", "0336", 0, NOW.minusSeconds(3600));
        register("c", "0336", 0, NOW);
        register("a", "0336", 0, NOW.minusSeconds(3600));
        register("copenhagen", "0101", 0, NOW);

        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0336")))
                .extracting(view -> view.initiative().id()).containsExactly("c", "a", "b");
    }

    @Test
    void lists_by_the_instant_of_registration_even_within_one_second() {
        register("on-the-second", "0336", 0, NOW);
        register("half-a-second-later", "0336", 0, NOW.plusMillis(500));
        register("a-microsecond-later", "0336", 0, NOW.plusMillis(500).plusNanos(1_000));

        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0336")))
                .extracting(view -> view.initiative().id())
                .containsExactly("a-microsecond-later", "half-a-second-later", "on-the-second");
        assertThat(initiative("0336", "half-a-second-later").initiative().registeredAt()).isEqualTo(NOW.plusMillis(500));
    }

    @Test
    void a_reset_empties_the_read_model() {
        register("i-1", "0336", 0, NOW);

        projection.reset();

        assertThat(projection.handle(new FetchInitiativeQuery("0336", "i-1"))).isEmpty();
    }

    private void register(String initiativeId, String municipalityCode, long sequence, Instant at) {
        InitiativeApplication application = application("Trygt natteliv");
        Coordinator coordinator = application.coordinator().sealedFor(municipalityCode, sealer);
        projection.on(new InitiativeRegisteredEvent(initiativeId, municipalityCode, application.name(),
                application.preventionLevel(), application.scope(), application.startDate(), application.endDate(),
                application.themes(), InitiativeStatus.DRAFT, application.targetAgeFrom(), application.targetAgeTo(),
                application.targetGroups(), application.goals(), application.partners(), application.evaluationPlan(),
                application.knowledgeSharing(), coordinator.name(), coordinator.email(), coordinator.phone(),
                coordinator.leaderGroupContact(), application.localAreas(), application.organisationalUnit(),
                application.methods(), application.budgetLines()), sequence, at);
    }

    private static InitiativeApplication application(String name) {
        return new InitiativeApplication(name, PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of("natteliv"), 13, 17,
                List.of(TargetGroup.CHILDREN_AND_YOUNG_PEOPLE), List.of("Færre unge i uro"),
                List.of(Partner.SCHOOL, Partner.POLICE), "Måling før og efter", "Deles i SSP-netværket",
                new Coordinator("Mette Jensen", "mette@stevns.dk", "56570000", "Lokalpolitiet"),
                List.of("Store Heddinge"), "Ungdomsskolen", List.of(KnowledgeBasedMethod.PEER_TO_PEER),
                List.of(MATERIALS, SALARIES));
    }

    private InitiativeApplication sealed(InitiativeApplication application) {
        return application.withCoordinator(application.coordinator().sealedFor("0336", sealer));
    }

    private InitiativeView initiative(String municipalityCode, String initiativeId) {
        return projection.handle(new FetchInitiativeQuery(municipalityCode, initiativeId)).orElseThrow();
    }
}
