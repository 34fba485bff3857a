package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.Partner;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.samspil.contracts.municipality.InitiativeStatus.ACTIVE;
import static dk.samspil.contracts.municipality.InitiativeStatus.APPROVED;
import static dk.samspil.contracts.municipality.InitiativeStatus.COMPLETED;
import static dk.samspil.contracts.municipality.InitiativeStatus.DRAFT;
import static dk.samspil.contracts.municipality.InitiativeStatus.PAUSED;
import static dk.samspil.contracts.municipality.InitiativeStatus.SUBMITTED;
import static dk.samspil.municipality.initiative.command.Applications.ID;
import static dk.samspil.municipality.initiative.command.Applications.START;
import static dk.samspil.municipality.initiative.command.Applications.STEVNS;
import static dk.samspil.municipality.initiative.command.Applications.registered;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

/** The rules of an initiative's life, one behaviour per test, with today fixed at 20 November 2026. */
class InitiativeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final String POOL = "0336-2026";

    private FixtureConfiguration<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(),
                ZoneId.of("Europe/Copenhagen")));
        fixture.registerInjectableResource(Applications.SEALER);
        fixture.registerAnnotatedCommandHandler(new MoneySteps(fixture.getRepository()));
    }

    // registration and revision

    @Test
    void a_registration_is_a_draft_with_the_whole_application() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiativeCommand(ID, STEVNS, Applications.complete()))
                .expectEvents(registered(Applications.complete(), DRAFT));
    }

    @Test
    void a_draft_needs_no_more_than_name_level_scope_and_period() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiativeCommand(ID, STEVNS, Applications.draftOnly()))
                .expectEvents(registered(Applications.draftOnly(), DRAFT));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        refused(fixture.givenNoPriorActivity().when(new RegisterInitiativeCommand(ID, STEVNS,
                Applications.withPeriod(START, START.minusDays(1)))), "endDate");
    }

    @Test
    void the_target_group_is_aged_6_to_25() {
        refused(fixture.givenNoPriorActivity().when(new RegisterInitiativeCommand(ID, STEVNS,
                Applications.withAges(5, 12))), "targetAgeFrom");
        refused(fixture.givenNoPriorActivity().when(new RegisterInitiativeCommand(ID, STEVNS,
                Applications.withAges(14, 26))), "targetAgeTo");
    }

    @Test
    void the_target_age_to_cannot_be_below_the_age_from() {
        refused(fixture.givenNoPriorActivity().when(new RegisterInitiativeCommand(ID, STEVNS,
                Applications.withAges(16, 14))), "targetAgeTo");
    }

    @Test
    void two_budget_lines_with_the_same_heading_are_refused() {
        BudgetLine line = new BudgetLine("Forplejning", 1_000, YearMonth.of(2026, 10), null);
        refused(fixture.givenNoPriorActivity().when(new RegisterInitiativeCommand(ID, STEVNS,
                Applications.withBudget(List.of(line, line)))), "budgetLines");
    }

    @Test
    void a_draft_can_be_revised() {
        fixture.given(registered(Applications.draftOnly(), DRAFT))
                .when(new ReviseInitiativeApplicationCommand(ID, STEVNS, Applications.complete()))
                .expectEvents(new InitiativeApplicationRevisedEvent(ID, STEVNS, Applications.sealed(Applications.complete())));
    }

    @Test
    void the_coordinator_is_sealed_for_the_person_known_by_their_e_mail() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiativeCommand(ID, STEVNS, Applications.complete()))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(
                        (InitiativeRegisteredEvent event) -> {
                            UUID mette = Applications.SEALER.subjectFor(STEVNS, "mette.jensen@stevns.dk");
                            return Stream.of(event.coordinatorName(), event.coordinatorEmail(), event.coordinatorPhone(),
                                            event.leaderGroupContact())
                                    .allMatch(sealed -> sealed.startsWith("pd1:" + mette + ":"))
                                    && Applications.SEALER.open(event.coordinatorName()).equals("Mette Jensen")
                                    && Applications.SEALER.open(event.coordinatorPhone()).equals("56570000");
                        }), andNoMore())));
    }

    @Test
    void a_draft_without_a_coordinator_carries_none() {
        fixture.givenNoPriorActivity()
                .when(new RegisterInitiativeCommand(ID, STEVNS, Applications.withoutCoordinator()))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate(
                        (InitiativeRegisteredEvent event) -> event.coordinatorName() == null
                                && event.coordinatorEmail() == null && event.coordinatorPhone() == null
                                && event.leaderGroupContact() == null), andNoMore())));
    }

    @Test
    void a_submission_needs_a_coordinator_although_it_only_sees_sealed_values() {
        refused(fixture.given(registered(Applications.withoutCoordinator(), DRAFT))
                .when(new SubmitInitiativeCommand(ID, STEVNS)), "coordinator.name");
    }

    @Test
    void a_submitted_application_can_no_longer_be_revised() {
        conflict(fixture.given(registered(Applications.complete(), DRAFT), submitted())
                .when(new ReviseInitiativeApplicationCommand(ID, STEVNS, Applications.complete())), SUBMITTED);
    }

    // submission and the leader group

    @Test
    void a_complete_draft_is_submitted_to_the_leader_group() {
        fixture.given(registered(Applications.complete(), DRAFT))
                .when(new SubmitInitiativeCommand(ID, STEVNS))
                .expectEvents(submitted());
    }

    @Test
    void a_draft_without_goals_cannot_be_submitted() {
        refused(fixture.given(registered(Applications.withoutGoals(), DRAFT))
                .when(new SubmitInitiativeCommand(ID, STEVNS)), "goals");
    }

    @Test
    void a_draft_with_only_the_basics_cannot_be_submitted() {
        refused(fixture.given(registered(Applications.draftOnly(), DRAFT))
                .when(new SubmitInitiativeCommand(ID, STEVNS)), "goals");
    }

    @Test
    void the_leader_group_approves_a_submitted_application() {
        fixture.given(registered(Applications.complete(), DRAFT), submitted())
                .when(new ApproveInitiativeCommand(ID, STEVNS, null))
                .expectEvents(new InitiativeApprovedEvent(ID, STEVNS, null));
    }

    @Test
    void a_draft_cannot_be_approved() {
        conflict(fixture.given(registered(Applications.complete(), DRAFT))
                .when(new ApproveInitiativeCommand(ID, STEVNS, null)), DRAFT);
    }

    @Test
    void the_leader_group_rejects_with_a_reason() {
        fixture.given(registered(Applications.complete(), DRAFT), submitted())
                .when(new RejectInitiativeCommand(ID, STEVNS, " Overlapper med klubbens indsats "))
                .expectEvents(new InitiativeRejectedEvent(ID, STEVNS, "Overlapper med klubbens indsats"));
    }

    @Test
    void a_rejection_needs_a_reason() {
        refused(fixture.given(registered(Applications.complete(), DRAFT), submitted())
                .when(new RejectInitiativeCommand(ID, STEVNS, " ")), "reason");
    }

    @Test
    void an_acute_initiative_is_approved_by_the_leader_group_of_its_area() {
        fixture.given(registered(Applications.acute(), DRAFT), submitted())
                .when(new ApproveInitiativeCommand(ID, STEVNS, "Hårlev"))
                .expectEvents(new InitiativeApprovedEvent(ID, STEVNS, "Hårlev"));
    }

    @Test
    void an_acute_initiative_needs_the_area_of_the_approving_leader_group() {
        refused(fixture.given(registered(Applications.acute(), DRAFT), submitted())
                .when(new ApproveInitiativeCommand(ID, STEVNS, null)), "leaderGroupArea");
    }

    @Test
    void an_acute_initiative_cannot_be_approved_by_the_leader_group_of_another_area() {
        refused(fixture.given(registered(Applications.acute(), DRAFT), submitted())
                .when(new ApproveInitiativeCommand(ID, STEVNS, "Rødvig")), "leaderGroupArea");
    }

    // the secretariat

    @Test
    void a_budget_meeting_every_criterion_is_approved_with_its_total() {
        fixture.given(approvedByLeaderGroup(Applications.complete()))
                .when(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null))
                .expectEvents(budgetApproved(List.of(), null));
    }

    @Test
    void unmet_funding_criteria_need_an_override_reason() {
        refused(fixture.given(approvedByLeaderGroup(Applications.withPartners(List.of(Partner.SCHOOL, Partner.HOUSING), List.of())))
                .when(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null)), "overrideReason");
    }

    @Test
    void unmet_funding_criteria_are_recorded_with_the_override_reason() {
        fixture.given(approvedByLeaderGroup(Applications.withPartners(List.of(Partner.SCHOOL, Partner.HOUSING), List.of())))
                .when(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, "Boligsocial indsats uden skolen"))
                .expectEvents(budgetApproved(List.of(FundingCriterion.TWO_SSP_PARTIES,
                        FundingCriterion.CITY_WIDE_COVERAGE, FundingCriterion.KNOWLEDGE_BASED_METHOD),
                        "Boligsocial indsats uden skolen"));
    }

    @Test
    void a_budget_settled_outside_the_pool_year_is_refused() {
        refused(fixture.given(approvedByLeaderGroup(Applications.complete()))
                .when(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2027, null)), "budgetLines");
    }

    @Test
    void a_budget_cannot_be_approved_before_the_leader_group_approved() {
        conflict(fixture.given(registered(Applications.complete(), DRAFT), submitted())
                .when(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null)), SUBMITTED);
    }

    @Test
    void the_secretariat_may_approve_without_funding() {
        fixture.given(approvedByLeaderGroup(Applications.complete()))
                .when(new ApproveInitiativeWithoutFundingCommand(ID, STEVNS, "Skolernes egne midler"))
                .expectEvents(new InitiativeApprovedWithoutFundingEvent(ID, STEVNS, "Skolernes egne midler"));
    }

    // activation and status reports

    @Test
    void an_initiative_starts_after_the_secretariat_and_reports_six_months_later() {
        fixture.given(funded(Applications.complete()))
                .when(new ActivateInitiativeCommand(ID, STEVNS, null))
                .expectEvents(new InitiativeActivatedEvent(ID, STEVNS, TODAY, TODAY.plusMonths(6)));
    }

    @Test
    void an_initiative_cannot_start_before_the_secretariat_approved() {
        conflict(fixture.given(approvedByLeaderGroup(Applications.complete()))
                .when(new ActivateInitiativeCommand(ID, STEVNS, null)), APPROVED);
    }

    @Test
    void an_initiative_cannot_start_before_its_start_date() {
        refused(fixture.given(funded(Applications.withPeriod(TODAY.plusDays(10), TODAY.plusYears(1))))
                .when(new ActivateInitiativeCommand(ID, STEVNS, null)), "activatedOn");
    }

    @Test
    void an_acute_initiative_may_start_before_its_start_date_once_both_approved() {
        fixture.given(registered(Applications.acute(), DRAFT), submitted(), new InitiativeApprovedEvent(ID, STEVNS, "Hårlev"),
                        new InitiativeApprovedWithoutFundingEvent(ID, STEVNS, null))
                .when(new ActivateInitiativeCommand(ID, STEVNS, null))
                .expectEvents(new InitiativeActivatedEvent(ID, STEVNS, TODAY, TODAY.plusMonths(6)));
    }

    @Test
    void an_activation_date_in_the_future_is_refused() {
        refused(fixture.given(funded(Applications.complete()))
                .when(new ActivateInitiativeCommand(ID, STEVNS, TODAY.plusDays(1))), "activatedOn");
    }

    @Test
    void a_status_report_sets_the_next_one_six_months_later() {
        fixture.given(active())
                .when(new ReportInitiativeStatusCommand(ID, STEVNS, " Godt i gang ", null))
                .expectEvents(new InitiativeStatusReportedEvent(ID, STEVNS, TODAY, "Godt i gang", TODAY.plusMonths(6)));
    }

    @Test
    void a_status_report_needs_a_summary() {
        refused(fixture.given(active()).when(new ReportInitiativeStatusCommand(ID, STEVNS, "", null)), "summary");
    }

    @Test
    void a_paused_initiative_makes_no_status_report() {
        conflict(fixture.given(paused())
                .when(new ReportInitiativeStatusCommand(ID, STEVNS, "Status", null)), PAUSED);
    }

    // pause, resumption, withdrawal

    @Test
    void a_running_initiative_is_paused_with_a_reason() {
        fixture.given(active())
                .when(new PauseInitiativeCommand(ID, STEVNS, "Tovholder på orlov"))
                .expectEvents(new InitiativePausedEvent(ID, STEVNS, TODAY, "Tovholder på orlov"));
    }

    @Test
    void a_resumed_initiative_reports_six_months_after_resuming() {
        fixture.given(paused())
                .when(new ResumeInitiativeCommand(ID, STEVNS, null))
                .expectEvents(new InitiativeResumedEvent(ID, STEVNS, TODAY, TODAY.plusMonths(6)));
    }

    @Test
    void only_a_paused_initiative_is_resumed() {
        conflict(fixture.given(active()).when(new ResumeInitiativeCommand(ID, STEVNS, null)), ACTIVE);
    }

    @Test
    void a_submitted_initiative_is_withdrawn_without_a_pool() {
        fixture.given(registered(Applications.complete(), DRAFT), submitted())
                .when(new WithdrawInitiativeCommand(ID, STEVNS, "Erstattet af en tværkommunal indsats"))
                .expectEvents(new InitiativeWithdrawnEvent(ID, STEVNS, "Erstattet af en tværkommunal indsats", null));
    }

    @Test
    void a_funded_initiative_is_withdrawn_naming_the_pool_to_release() {
        fixture.given(funded(Applications.complete()))
                .when(new WithdrawInitiativeCommand(ID, STEVNS, "Tovholderen stoppede"))
                .expectEvents(new InitiativeWithdrawnEvent(ID, STEVNS, "Tovholderen stoppede", POOL));
    }

    @Test
    void a_completed_initiative_cannot_be_withdrawn() {
        List<Object> completed = active();
        completed.add(completedEvent());
        conflict(fixture.given(completed).when(new WithdrawInitiativeCommand(ID, STEVNS, "For sent")), COMPLETED);
    }

    // completion

    @Test
    void completion_records_the_final_evaluation_and_an_actual_amount_for_every_line() {
        fixture.given(active())
                .when(new CompleteInitiativeCommand(ID, STEVNS, "Målene er nået", null, List.of(
                        new ActualAmount("Forplejning", 11_200L), new ActualAmount("Oplægsholder", 15_000L))))
                .expectEvents(completedEvent());
    }

    @Test
    void completion_without_an_actual_amount_for_every_line_is_refused() {
        refused(fixture.given(active()).when(new CompleteInitiativeCommand(ID, STEVNS, "Målene er nået", null,
                List.of(new ActualAmount("Forplejning", 11_200L)))), "actualAmounts");
    }

    @Test
    void completion_with_an_amount_for_an_unknown_line_is_refused() {
        refused(fixture.given(active()).when(new CompleteInitiativeCommand(ID, STEVNS, "Målene er nået", null, List.of(
                new ActualAmount("Forplejning", 11_200L), new ActualAmount("Oplægsholder", 15_000L),
                new ActualAmount("Taxa", 500L)))), "actualAmounts");
    }

    @Test
    void completion_needs_the_final_evaluation() {
        refused(fixture.given(active()).when(new CompleteInitiativeCommand(ID, STEVNS, " ", null, List.of(
                new ActualAmount("Forplejning", 11_200L), new ActualAmount("Oplægsholder", 15_000L)))), "finalEvaluation");
    }

    @Test
    void another_municipalitys_initiative_is_not_found() {
        fixture.given(registered(Applications.complete(), DRAFT))
                .when(new SubmitInitiativeCommand(ID, "0101"))
                .expectException(InitiativeNotFoundException.class)
                .expectNoEvents();
    }

    private static InitiativeSubmittedEvent submitted() {
        return new InitiativeSubmittedEvent(ID, STEVNS);
    }

    private static List<Object> approvedByLeaderGroup(InitiativeApplication application) {
        return new ArrayList<>(List.of(registered(application, DRAFT), submitted(),
                new InitiativeApprovedEvent(ID, STEVNS, null)));
    }

    private static List<Object> funded(InitiativeApplication application) {
        List<Object> events = approvedByLeaderGroup(application);
        events.add(new InitiativeBudgetApprovedEvent(ID, STEVNS, POOL, 2026, application.budgetTotal(), List.of(), null));
        return events;
    }

    private static List<Object> active() {
        List<Object> events = funded(Applications.complete());
        events.add(new InitiativeActivatedEvent(ID, STEVNS, START, START.plusMonths(6)));
        return events;
    }

    private static List<Object> paused() {
        List<Object> events = active();
        events.add(new InitiativePausedEvent(ID, STEVNS, TODAY.minusDays(7), "Orlov"));
        return events;
    }

    private static InitiativeBudgetApprovedEvent budgetApproved(List<FundingCriterion> unmet, String overrideReason) {
        return new InitiativeBudgetApprovedEvent(ID, STEVNS, POOL, 2026, 30_000, unmet,
                overrideReason);
    }

    private static InitiativeCompletedEvent completedEvent() {
        return new InitiativeCompletedEvent(ID, STEVNS, TODAY, "Målene er nået", List.of(
                new BudgetLine("Forplejning", 12_000, YearMonth.of(2026, 10), 11_200L),
                new BudgetLine("Oplægsholder", 18_000, YearMonth.of(2026, 11), 15_000L)), 30_000, 26_200);
    }

    private static void refused(ResultValidator<Initiative> result, String field) {
        result.expectException(predicate((InitiativeRuleViolation e) -> e.field().equals(field)))
                .expectNoEvents();
    }

    private static void conflict(ResultValidator<Initiative> result, InitiativeStatus currentStatus) {
        result.expectException(predicate((InitiativeTransitionException e) -> e.currentStatus() == currentStatus))
                .expectNoEvents();
    }

    /**
     * The steps that move money are methods the funding handler calls with the pool alongside; here they run on the
     * initiative alone, as the fixture holds one aggregate. {@code InitiativeFundingHandlerTest} covers both together.
     */
    static class MoneySteps {

        private final Repository<Initiative> initiatives;

        MoneySteps(Repository<Initiative> initiatives) {
            this.initiatives = initiatives;
        }

        @CommandHandler
        void handle(ApproveInitiativeBudgetCommand command) {
            initiatives.load(command.initiativeId()).execute(initiative -> initiative.approveBudget(command));
        }

        @CommandHandler
        void handle(WithdrawInitiativeCommand command) {
            initiatives.load(command.initiativeId()).execute(initiative -> initiative.withdraw(command));
        }

        @CommandHandler
        void handle(CompleteInitiativeCommand command) {
            initiatives.load(command.initiativeId()).execute(initiative -> initiative.complete(command, TODAY));
        }
    }
}
