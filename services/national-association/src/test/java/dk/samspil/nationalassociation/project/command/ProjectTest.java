package dk.samspil.nationalassociation.project.command;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

class ProjectTest {

    private static final String PROJECT = "p-1";
    private static final String NAME = "Forældresamarbejde i SSP";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate START = LocalDate.parse("2027-01-01");
    private static final LocalDate END = LocalDate.parse("2029-12-31");
    private static final String GRANT = "g-1";
    private static final String GRANTOR = "Social- og Boligministeriet";
    private static final BoardMandate MANDATE = new BoardMandate(LocalDate.parse("2026-11-12"), "Bestyrelsesmøde punkt 4");

    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneId.of("Europe/Copenhagen")));
    }

    // proposal

    @Test
    void a_project_is_proposed_with_its_period_owners_and_leadership_roles() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProjectCommand(PROJECT, NAME, "Train-the-trainer", "SSP-Samrådet",
                        List.of("Center for Forebyggelse"), START, END, "Bestyrelsesformand", "Projektleder",
                        List.of("Fagforum for forældresamarbejde"), List.of("Forældrenetværket")))
                .expectEvents(proposed());
    }

    @Test
    void a_project_period_must_end_after_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new ProposeProjectCommand(PROJECT, NAME, "Formål", "SSP-Samrådet", List.of(), START, START,
                        "Bestyrelsesformand", "Projektleder", List.of(), List.of()))
                .expectException(violationOf("periodEnd", START.toString()))
                .expectNoEvents();
    }

    // grants

    @Test
    void a_grant_is_applied_for_with_a_positive_amount() {
        fixture.given(proposed())
                .when(new ApplyForGrantCommand(PROJECT, GRANT, GRANTOR, 3_500_000))
                .expectEvents(new GrantAppliedEvent(PROJECT, GRANT, GRANTOR, 3_500_000));
    }

    @Test
    void a_grant_amount_must_be_positive() {
        fixture.given(proposed())
                .when(new ApplyForGrantCommand(PROJECT, GRANT, GRANTOR, 0))
                .expectException(violationOf("amount", "0"))
                .expectNoEvents();
    }

    @Test
    void a_grant_amount_is_at_most_one_hundred_million() {
        fixture.given(proposed())
                .when(new ApplyForGrantCommand(PROJECT, GRANT, GRANTOR, 100_000_001))
                .expectException(violationOf("amount", "100000001"))
                .expectNoEvents();
    }

    @Test
    void an_applied_grant_is_awarded() {
        fixture.given(proposed(), applied())
                .when(new AwardGrantCommand(PROJECT, GRANT))
                .expectEvents(new GrantAwardedEvent(PROJECT, GRANT, GRANTOR, 3_500_000));
    }

    @Test
    void a_grant_is_awarded_only_once() {
        fixture.given(proposed(), applied(), awarded())
                .when(new AwardGrantCommand(PROJECT, GRANT))
                .expectException(transitionFrom(GrantStatus.AWARDED))
                .expectNoEvents();
    }

    @Test
    void an_unknown_grant_is_not_found() {
        fixture.given(proposed())
                .when(new AwardGrantCommand(PROJECT, "g-unknown"))
                .expectException(predicate((ProjectItemNotFoundException e) -> e.field().equals("grantId")))
                .expectNoEvents();
    }

    @Test
    void an_awarded_grant_is_accepted_with_a_board_mandate() {
        fixture.given(proposed(), applied(), awarded())
                .when(new AcceptGrantCommand(PROJECT, GRANT, MANDATE))
                .expectEvents(accepted());
    }

    @Test
    void accepting_a_grant_needs_a_board_mandate() {
        fixture.given(proposed(), applied(), awarded())
                .when(new AcceptGrantCommand(PROJECT, GRANT, null))
                .expectException(violationOf("boardMandate", ""))
                .expectNoEvents();
    }

    @Test
    void only_an_awarded_grant_is_accepted() {
        fixture.given(proposed(), applied())
                .when(new AcceptGrantCommand(PROJECT, GRANT, MANDATE))
                .expectException(transitionFrom(GrantStatus.APPLIED))
                .expectNoEvents();
    }

    @Test
    void an_applied_or_awarded_grant_is_declined() {
        fixture.given(proposed(), applied())
                .when(new DeclineGrantCommand(PROJECT, GRANT))
                .expectEvents(new GrantDeclinedEvent(PROJECT, GRANT, GRANTOR, 3_500_000));
        fixture.given(proposed(), applied(), awarded())
                .when(new DeclineGrantCommand(PROJECT, GRANT))
                .expectEvents(new GrantDeclinedEvent(PROJECT, GRANT, GRANTOR, 3_500_000));
    }

    @Test
    void an_accepted_grant_cannot_be_declined() {
        fixture.given(proposed(), applied(), awarded(), accepted())
                .when(new DeclineGrantCommand(PROJECT, GRANT))
                .expectException(transitionFrom(GrantStatus.ACCEPTED))
                .expectNoEvents();
    }

    // lifecycle

    @Test
    void a_funded_project_starts_today() {
        fixture.given(proposed(), applied(), awarded(), accepted())
                .when(new StartProjectCommand(PROJECT))
                .expectEvents(new ProjectStartedEvent(PROJECT, TODAY));
    }

    @Test
    void a_project_with_funding_only_applied_for_cannot_start() {
        fixture.given(proposed(), applied(), awarded())
                .when(new StartProjectCommand(PROJECT))
                .expectException(transitionFrom(ProjectStatus.FUNDING_APPLIED))
                .expectNoEvents();
    }

    @Test
    void a_proposed_project_cannot_start() {
        fixture.given(proposed())
                .when(new StartProjectCommand(PROJECT))
                .expectException(transitionFrom(ProjectStatus.PROPOSED))
                .expectNoEvents();
    }

    @Test
    void a_running_project_is_completed() {
        fixture.given(running())
                .when(new CompleteProjectCommand(PROJECT))
                .expectEvents(new ProjectCompletedEvent(PROJECT, TODAY));
    }

    @Test
    void only_a_running_project_is_completed() {
        fixture.given(proposed(), applied(), awarded(), accepted())
                .when(new CompleteProjectCommand(PROJECT))
                .expectException(transitionFrom(ProjectStatus.FUNDED))
                .expectNoEvents();
    }

    @Test
    void a_project_is_stopped_with_a_reason() {
        fixture.given(proposed(), applied())
                .when(new StopProjectCommand(PROJECT, "Ingen midler"))
                .expectEvents(new ProjectStoppedEvent(PROJECT, TODAY, "Ingen midler"));
    }

    @Test
    void a_stopped_project_refuses_further_steps() {
        fixture.given(proposed(), new ProjectStoppedEvent(PROJECT, TODAY, "Ingen midler"))
                .when(new ApplyForGrantCommand(PROJECT, "g-2", GRANTOR, 1_000))
                .expectException(transitionFrom(ProjectStatus.STOPPED))
                .expectNoEvents();
    }

    @Test
    void a_completed_project_cannot_be_stopped() {
        fixture.given(proposed(), applied(), awarded(), accepted(), new ProjectStartedEvent(PROJECT, TODAY),
                        new ProjectCompletedEvent(PROJECT, TODAY))
                .when(new StopProjectCommand(PROJECT, "For sent"))
                .expectException(transitionFrom(ProjectStatus.COMPLETED))
                .expectNoEvents();
    }

    // pilot municipalities

    @Test
    void a_pilot_municipality_is_invited_with_its_district_and_the_project_name() {
        fixture.given(proposed())
                .when(new InvitePilotMunicipalityCommand(PROJECT, "101", PilotMunicipalityRole.CO_DEVELOPER))
                .expectEvents(invited());
    }

    @Test
    void a_pilot_municipality_must_exist() {
        fixture.given(proposed())
                .when(new InvitePilotMunicipalityCommand(PROJECT, "0999", PilotMunicipalityRole.PILOT))
                .expectException(violationOf("municipalityCode", "0999"))
                .expectNoEvents();
    }

    @Test
    void a_municipality_already_invited_is_not_invited_again() {
        fixture.given(proposed(), invited())
                .when(new InvitePilotMunicipalityCommand(PROJECT, "0101", PilotMunicipalityRole.PILOT))
                .expectException(transitionFrom(PilotMunicipalityStatus.INVITED))
                .expectNoEvents();
    }

    @Test
    void an_invited_municipality_joins() {
        fixture.given(proposed(), invited())
                .when(new JoinPilotMunicipalityCommand(PROJECT, "0101"))
                .expectEvents(joined());
    }

    @Test
    void a_municipality_not_invited_cannot_join() {
        fixture.given(proposed())
                .when(new JoinPilotMunicipalityCommand(PROJECT, "0101"))
                .expectException(predicate((ProjectItemNotFoundException e) -> e.field().equals("municipalityCode")))
                .expectNoEvents();
    }

    @Test
    void a_joined_municipality_leaves() {
        fixture.given(proposed(), invited(), joined())
                .when(new LeavePilotMunicipalityCommand(PROJECT, "0101"))
                .expectEvents(new PilotMunicipalityLeftEvent(PROJECT, NAME, "0101", "1470",
                        PilotMunicipalityRole.CO_DEVELOPER));
    }

    @Test
    void only_a_joined_municipality_leaves() {
        fixture.given(proposed(), invited())
                .when(new LeavePilotMunicipalityCommand(PROJECT, "0101"))
                .expectException(transitionFrom(PilotMunicipalityStatus.INVITED))
                .expectNoEvents();
    }

    @Test
    void a_municipality_that_left_can_be_invited_again() {
        fixture.given(proposed(), invited(), joined(), new PilotMunicipalityLeftEvent(PROJECT, NAME, "0101", "1470",
                        PilotMunicipalityRole.CO_DEVELOPER))
                .when(new InvitePilotMunicipalityCommand(PROJECT, "0101", PilotMunicipalityRole.PILOT))
                .expectEvents(new PilotMunicipalityInvitedEvent(PROJECT, NAME, "0101", "1470", PilotMunicipalityRole.PILOT));
    }

    // milestones

    @Test
    void a_milestone_is_set_within_the_project_period() {
        fixture.given(proposed())
                .when(new SetMilestoneCommand(PROJECT, "m-1", "Undervisere uddannet", END))
                .expectEvents(new MilestoneSetEvent(PROJECT, "m-1", "Undervisere uddannet", END));
    }

    @Test
    void a_milestone_due_outside_the_project_period_is_refused() {
        fixture.given(proposed())
                .when(new SetMilestoneCommand(PROJECT, "m-1", "Undervisere uddannet", END.plusDays(1)))
                .expectException(violationOf("dueDate", END.plusDays(1).toString()))
                .expectNoEvents();
        fixture.given(proposed())
                .when(new SetMilestoneCommand(PROJECT, "m-1", "Undervisere uddannet", START.minusDays(1)))
                .expectException(violationOf("dueDate", START.minusDays(1).toString()))
                .expectNoEvents();
    }

    @Test
    void a_milestone_is_reached_today() {
        fixture.given(proposed(), new MilestoneSetEvent(PROJECT, "m-1", "Undervisere uddannet", END))
                .when(new ReachMilestoneCommand(PROJECT, "m-1"))
                .expectEvents(new MilestoneReachedEvent(PROJECT, "m-1", TODAY));
    }

    @Test
    void a_milestone_is_reached_only_once() {
        fixture.given(proposed(), new MilestoneSetEvent(PROJECT, "m-1", "Undervisere uddannet", END),
                        new MilestoneReachedEvent(PROJECT, "m-1", TODAY))
                .when(new ReachMilestoneCommand(PROJECT, "m-1"))
                .expectException(transitionFrom(MilestoneStatus.REACHED))
                .expectNoEvents();
    }

    @Test
    void an_unknown_milestone_is_not_found() {
        fixture.given(proposed())
                .when(new ReachMilestoneCommand(PROJECT, "m-unknown"))
                .expectException(predicate((ProjectItemNotFoundException e) -> e.field().equals("milestoneId")))
                .expectNoEvents();
    }

    private static ProjectProposedEvent proposed() {
        return new ProjectProposedEvent(PROJECT, NAME, "Train-the-trainer", "SSP-Samrådet",
                List.of("Center for Forebyggelse"), START, END, "Bestyrelsesformand", "Projektleder",
                List.of("Fagforum for forældresamarbejde"), List.of("Forældrenetværket"));
    }

    private static GrantAppliedEvent applied() {
        return new GrantAppliedEvent(PROJECT, GRANT, GRANTOR, 3_500_000);
    }

    private static GrantAwardedEvent awarded() {
        return new GrantAwardedEvent(PROJECT, GRANT, GRANTOR, 3_500_000);
    }

    private static GrantAcceptedEvent accepted() {
        return new GrantAcceptedEvent(PROJECT, GRANT, GRANTOR, 3_500_000, MANDATE.decidedOn(), MANDATE.reference());
    }

    private static List<Object> running() {
        return List.of(proposed(), applied(), awarded(), accepted(), new ProjectStartedEvent(PROJECT, TODAY));
    }

    private static PilotMunicipalityInvitedEvent invited() {
        return new PilotMunicipalityInvitedEvent(PROJECT, NAME, "0101", "1470", PilotMunicipalityRole.CO_DEVELOPER);
    }

    private static PilotMunicipalityJoinedEvent joined() {
        return new PilotMunicipalityJoinedEvent(PROJECT, NAME, "0101", "1470", PilotMunicipalityRole.CO_DEVELOPER);
    }

    private static org.hamcrest.Matcher<ProjectRuleViolation> violationOf(String field, String value) {
        return predicate((ProjectRuleViolation e) -> e.field().equals(field) && e.value().equals(value));
    }

    private static org.hamcrest.Matcher<ProjectTransitionException> transitionFrom(StatusWithLabel status) {
        return predicate((ProjectTransitionException e) -> e.currentStatus() == status);
    }
}
