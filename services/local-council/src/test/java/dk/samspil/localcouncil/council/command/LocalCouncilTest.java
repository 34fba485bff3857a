package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.samspil.contracts.localcouncil.DecisionImplementationStatus.DONE;
import static dk.samspil.contracts.localcouncil.DecisionImplementationStatus.IN_PROGRESS;
import static dk.samspil.contracts.localcouncil.DecisionImplementationStatus.PLANNED;
import static dk.samspil.contracts.localcouncil.LocalActivityKind.PREVENTIVE;
import static org.axonframework.test.matchers.Matchers.predicate;

class LocalCouncilTest {

    private static final String COUNCIL = "LR-0336";
    private static final String DISTRICT = "1467";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final String DECISION = "d-1";
    private static final DecisionReceivedEvent RECEIVED = new DecisionReceivedEvent(COUNCIL, DISTRICT, DECISION,
            "Forældremøder om nikotin", "Forældremøder på alle skoler med udskoling", List.of(Theme.NICOTINE_PRODUCTS),
            LocalDate.parse("2026-12-31"));

    private AggregateTestFixture<LocalCouncil> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LocalCouncil.class);
    }

    // activities

    @Test
    void an_activity_in_a_covered_municipality_is_recorded() {
        fixture.givenNoPriorActivity()
                .when(activity(List.of("0336"), TODAY))
                .expectEvents(new LocalActivityRecordedEvent(COUNCIL, DISTRICT, "a-1", PREVENTIVE, "Nattevandring",
                        "Voksne går i byen fredag aften", List.of(Theme.UNSAFE_PLACES), List.of("0336"), TODAY, 12));
    }

    @Test
    void an_activity_in_a_municipality_the_council_does_not_cover_is_refused() {
        fixture.givenNoPriorActivity()
                .when(activity(List.of("0336", "0101"), TODAY))
                .expectException(predicate((LocalCouncilRuleViolation e) ->
                        e.field().equals("municipalityCodes") && e.value().equals("0101")))
                .expectNoEvents();
    }

    @Test
    void an_activity_not_yet_held_is_refused() {
        fixture.givenNoPriorActivity()
                .when(activity(List.of("0336"), TODAY.plusDays(1)))
                .expectException(predicate((LocalCouncilRuleViolation e) -> e.field().equals("heldOn")))
                .expectNoEvents();
    }

    // reports

    @Test
    void a_report_of_a_past_period_is_submitted() {
        List<ThemeTrend> trends = List.of(new ThemeTrend(Theme.VANDALISM, Trend.DOWN, "Færre ruder knust"));
        fixture.givenNoPriorActivity()
                .when(report(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30"), trends))
                .expectEvents(new LocalReportSubmittedEvent(COUNCIL, DISTRICT, "r-1", LocalDate.parse("2026-07-01"),
                        LocalDate.parse("2026-09-30"), trends, List.of(new ReportFigure("anmeldelser om hærværk", 12)),
                        "Roligt kvartal", TODAY));
    }

    @Test
    void a_report_of_a_period_ending_today_is_submitted() {
        fixture.givenNoPriorActivity()
                .when(report(TODAY.minusMonths(3), TODAY, List.of(new ThemeTrend(Theme.ALCOHOL, Trend.FLAT, null))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_report_whose_period_ends_before_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-07-01"),
                        List.of(new ThemeTrend(Theme.ALCOHOL, Trend.FLAT, null))))
                .expectException(predicate((LocalCouncilRuleViolation e) -> e.field().equals("periodEnd")))
                .expectNoEvents();
    }

    @Test
    void a_report_of_a_single_day_period_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(TODAY.minusDays(1), TODAY.minusDays(1), List.of(new ThemeTrend(Theme.ALCOHOL, Trend.FLAT, null))))
                .expectException(predicate((LocalCouncilRuleViolation e) -> e.field().equals("periodEnd")))
                .expectNoEvents();
    }

    @Test
    void a_report_of_a_period_not_yet_over_is_refused() {
        fixture.givenNoPriorActivity()
                .when(report(TODAY.minusMonths(1), TODAY.plusDays(1), List.of(new ThemeTrend(Theme.ALCOHOL, Trend.UP, null))))
                .expectException(predicate((LocalCouncilRuleViolation e) -> e.field().equals("periodEnd")))
                .expectNoEvents();
    }

    @Test
    void a_report_needs_at_least_one_theme_trend() {
        fixture.givenNoPriorActivity()
                .when(report(TODAY.minusMonths(3), TODAY.minusDays(1), List.of()))
                .expectException(predicate((LocalCouncilRuleViolation e) -> e.field().equals("themeTrends")))
                .expectNoEvents();
    }

    @Test
    void a_theme_may_appear_only_once_in_a_report() {
        fixture.givenNoPriorActivity()
                .when(report(TODAY.minusMonths(3), TODAY.minusDays(1), List.of(
                        new ThemeTrend(Theme.VANDALISM, Trend.UP, null),
                        new ThemeTrend(Theme.ALCOHOL, Trend.FLAT, null),
                        new ThemeTrend(Theme.VANDALISM, Trend.DOWN, null))))
                .expectException(predicate((LocalCouncilRuleViolation e) ->
                        e.field().equals("themeTrends") && e.value() == Theme.VANDALISM))
                .expectNoEvents();
    }

    // decisions

    @Test
    void a_decision_assigned_to_the_council_is_received_as_planned() {
        fixture.givenNoPriorActivity()
                .when(receive())
                .expectEvents(RECEIVED);
    }

    @Test
    void receiving_the_same_decision_again_changes_nothing() {
        fixture.given(RECEIVED)
                .when(receive())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_planned_decision_can_be_reported_in_progress() {
        fixture.given(RECEIVED)
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, IN_PROGRESS, "Første møde holdt", TODAY))
                .expectEvents(new DecisionImplementationReportedEvent(COUNCIL, DISTRICT, DECISION, IN_PROGRESS,
                        "Første møde holdt", TODAY));
    }

    @Test
    void a_planned_decision_can_be_reported_done_at_once() {
        fixture.given(RECEIVED)
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, DONE, "Alle møder holdt", TODAY))
                .expectEvents(new DecisionImplementationReportedEvent(COUNCIL, DISTRICT, DECISION, DONE,
                        "Alle møder holdt", TODAY));
    }

    @Test
    void a_decision_in_progress_can_be_reported_done() {
        fixture.given(RECEIVED, reported(IN_PROGRESS))
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, DONE, "Færdig", TODAY))
                .expectEvents(new DecisionImplementationReportedEvent(COUNCIL, DISTRICT, DECISION, DONE, "Færdig", TODAY));
    }

    @Test
    void the_same_status_again_is_a_further_note() {
        fixture.given(RECEIVED, reported(IN_PROGRESS))
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, IN_PROGRESS, "Andet møde holdt", TODAY))
                .expectEvents(new DecisionImplementationReportedEvent(COUNCIL, DISTRICT, DECISION, IN_PROGRESS,
                        "Andet møde holdt", TODAY));
    }

    @Test
    void a_decision_cannot_go_back_from_in_progress_to_planned() {
        fixture.given(RECEIVED, reported(IN_PROGRESS))
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, PLANNED, "Udskudt", TODAY))
                .expectException(predicate((DecisionTransitionException e) -> e.currentStatus() == IN_PROGRESS))
                .expectNoEvents();
    }

    @Test
    void nothing_more_can_be_reported_on_a_done_decision() {
        fixture.given(RECEIVED, reported(DONE))
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, DONE, "Et efterskrift", TODAY))
                .expectException(predicate((DecisionTransitionException e) -> e.currentStatus() == DONE))
                .expectNoEvents();
    }

    @Test
    void a_decision_not_assigned_to_the_council_cannot_be_reported_on() {
        fixture.given(RECEIVED)
                .when(new ReportDecisionImplementationCommand(COUNCIL, "d-2", IN_PROGRESS, "Hvilken?", TODAY))
                .expectException(predicate((DecisionNotAssignedException e) -> e.decisionId().equals("d-2")))
                .expectNoEvents();
    }

    @Test
    void a_council_that_has_received_nothing_cannot_report_on_a_decision() {
        fixture.givenNoPriorActivity()
                .when(new ReportDecisionImplementationCommand(COUNCIL, DECISION, IN_PROGRESS, "Hvilken?", TODAY))
                .expectException(DecisionNotAssignedException.class)
                .expectNoEvents();
    }

    private static RecordLocalActivityCommand activity(List<String> municipalityCodes, LocalDate heldOn) {
        return new RecordLocalActivityCommand(COUNCIL, DISTRICT, List.of("0336"), "a-1", PREVENTIVE, "Nattevandring",
                "Voksne går i byen fredag aften", List.of(Theme.UNSAFE_PLACES), municipalityCodes, heldOn, 12, TODAY);
    }

    private static SubmitLocalReportCommand report(LocalDate periodStart, LocalDate periodEnd, List<ThemeTrend> trends) {
        return new SubmitLocalReportCommand(COUNCIL, DISTRICT, "r-1", periodStart, periodEnd, trends,
                List.of(new ReportFigure("anmeldelser om hærværk", 12)), "Roligt kvartal", TODAY);
    }

    private static ReceiveDecisionCommand receive() {
        return new ReceiveDecisionCommand(COUNCIL, DISTRICT, DECISION, RECEIVED.title(), RECEIVED.description(),
                RECEIVED.themes(), RECEIVED.dueDate());
    }

    private static DecisionImplementationReportedEvent reported(DecisionImplementationStatus status) {
        return new DecisionImplementationReportedEvent(COUNCIL, DISTRICT, DECISION, status, "En note", TODAY.minusDays(7));
    }
}
