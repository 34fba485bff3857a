package dk.samspil.municipality.actionplan.command;

import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.municipality.InitiativeStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

class ActionPlanTest {

    private static final String PLAN = "plan-1";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private AggregateTestFixture<ActionPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActionPlan.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen")));
    }

    // proposal

    @Test
    void a_proposal_covers_two_years_and_records_the_six_points() {
        fixture.givenNoPriorActivity()
                .when(propose(2026, OrganisationLevel.COORDINATING, List.of("i-1", " i-2", "i-1")))
                .expectEvents(new ActionPlanProposedEvent(PLAN, "0336", 2026, 2027, "Mere uro i nattelivet",
                        "Færre unge i kriminalitet", List.of("Tryg nattelivskultur"), List.of("i-1", "i-2"),
                        List.of("SSP-styregruppen"), List.of("SSP-koordinator"), List.of("Gadeplansmedarbejder"),
                        "Puljen og skolernes budgetter", "Årlig opfølgning i styregruppen",
                        OrganisationLevel.COORDINATING));
    }

    @Test
    void the_executing_level_may_propose() {
        fixture.givenNoPriorActivity()
                .when(propose(2026, OrganisationLevel.EXECUTING, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_leadership_level_does_not_propose_it_adopts() {
        fixture.givenNoPriorActivity()
                .when(propose(2026, OrganisationLevel.STRATEGIC, List.of()))
                .expectException(violation("proposedBy"))
                .expectNoEvents();
    }

    @Test
    void a_first_year_before_2000_is_refused() {
        fixture.givenNoPriorActivity()
                .when(propose(1999, OrganisationLevel.EXECUTING, List.of()))
                .expectException(violation("firstYear"))
                .expectNoEvents();
    }

    @Test
    void a_first_year_after_2100_is_refused() {
        fixture.givenNoPriorActivity()
                .when(propose(2101, OrganisationLevel.EXECUTING, List.of()))
                .expectException(violation("firstYear"))
                .expectNoEvents();
    }

    @Test
    void a_proposal_without_an_analysis_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeActionPlanCommand(PLAN, "0336", 2026, "  ", "Mål", List.of(), List.of(), List.of(),
                        List.of(), List.of(), "Puljen", "Opfølgning", OrganisationLevel.EXECUTING))
                .expectException(violation("analysis"))
                .expectNoEvents();
    }

    // adoption

    @Test
    void adoption_makes_the_follow_up_due_a_year_later() {
        fixture.given(proposed(2026))
                .when(new AdoptActionPlanCommand(PLAN, "0336", LocalDate.parse("2026-03-10")))
                .expectEvents(new ActionPlanAdoptedEvent(PLAN, "0336", LocalDate.parse("2026-03-10"),
                        LocalDate.parse("2027-03-10")));
    }

    @Test
    void adoption_without_a_date_is_today() {
        fixture.given(proposed(2026))
                .when(new AdoptActionPlanCommand(PLAN, "0336", null))
                .expectEvents(new ActionPlanAdoptedEvent(PLAN, "0336", TODAY, TODAY.plusYears(1)));
    }

    @Test
    void adoption_in_the_future_is_refused() {
        fixture.given(proposed(2026))
                .when(new AdoptActionPlanCommand(PLAN, "0336", TODAY.plusDays(1)))
                .expectException(violation("adoptedOn"))
                .expectNoEvents();
    }

    @Test
    void adoption_after_the_plan_period_is_refused() {
        fixture.given(proposed(2024))
                .when(new AdoptActionPlanCommand(PLAN, "0336", LocalDate.parse("2026-01-05")))
                .expectException(violation("adoptedOn"))
                .expectNoEvents();
    }

    @Test
    void adopting_twice_is_a_conflict_naming_the_status() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new AdoptActionPlanCommand(PLAN, "0336", null))
                .expectException(conflict(ActionPlanStatus.ADOPTED))
                .expectNoEvents();
    }

    @Test
    void another_municipality_cannot_adopt_the_plan() {
        fixture.given(proposed(2026))
                .when(new AdoptActionPlanCommand(PLAN, "0101", null))
                .expectException(ActionPlanNotFoundException.class)
                .expectNoEvents();
    }

    // presentation at the district council

    @Test
    void presentation_in_the_year_of_adoption_names_the_police_district() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new PresentActionPlanCommand(PLAN, "0336", LocalDate.parse("2026-06-02")))
                .expectEvents(new ActionPlanPresentedEvent(PLAN, "0336", "1467", LocalDate.parse("2026-06-02")));
    }

    @Test
    void a_proposed_plan_cannot_be_presented() {
        fixture.given(proposed(2026))
                .when(new PresentActionPlanCommand(PLAN, "0336", null))
                .expectException(conflict(ActionPlanStatus.PROPOSED))
                .expectNoEvents();
    }

    @Test
    void presentation_in_a_later_year_than_the_adoption_is_refused() {
        fixture.given(proposed(2025), adopted("2025-12-10"))
                .when(new PresentActionPlanCommand(PLAN, "0336", LocalDate.parse("2026-01-12")))
                .expectException(violation("presentedOn"))
                .expectNoEvents();
    }

    @Test
    void presentation_before_the_adoption_is_refused() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new PresentActionPlanCommand(PLAN, "0336", LocalDate.parse("2026-03-09")))
                .expectException(violation("presentedOn"))
                .expectNoEvents();
    }

    @Test
    void presentation_in_the_future_is_refused() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new PresentActionPlanCommand(PLAN, "0336", TODAY.plusDays(1)))
                .expectException(violation("presentedOn"))
                .expectNoEvents();
    }

    @Test
    void a_plan_is_presented_once() {
        fixture.given(proposed(2026), adopted("2026-03-10"),
                        new ActionPlanPresentedEvent(PLAN, "0336", "1467", LocalDate.parse("2026-06-02")))
                .when(new PresentActionPlanCommand(PLAN, "0336", null))
                .expectException(conflict(ActionPlanStatus.ADOPTED))
                .expectNoEvents();
    }

    // annual follow-up

    @Test
    void a_follow_up_makes_the_next_one_due_a_year_later() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new FollowUpActionPlanCommand(PLAN, "0336", " Nattelivet er roligere ", null))
                .expectEvents(new ActionPlanFollowedUpEvent(PLAN, "0336", TODAY, "Nattelivet er roligere",
                        TODAY.plusYears(1)));
    }

    @Test
    void a_proposed_plan_cannot_be_followed_up() {
        fixture.given(proposed(2026))
                .when(new FollowUpActionPlanCommand(PLAN, "0336", "Status", null))
                .expectException(conflict(ActionPlanStatus.PROPOSED))
                .expectNoEvents();
    }

    @Test
    void a_follow_up_needs_a_summary() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new FollowUpActionPlanCommand(PLAN, "0336", "", null))
                .expectException(violation("summary"))
                .expectNoEvents();
    }

    @Test
    void a_follow_up_before_the_adoption_is_refused() {
        fixture.given(proposed(2026), adopted("2026-03-10"))
                .when(new FollowUpActionPlanCommand(PLAN, "0336", "Status", LocalDate.parse("2026-02-01")))
                .expectException(violation("followedUpOn"))
                .expectNoEvents();
    }

    // initiatives

    @Test
    void an_initiative_is_linked() {
        fixture.given(proposed(2026))
                .when(new LinkInitiativeCommand(PLAN, "0336", "i-9"))
                .expectEvents(new ActionPlanInitiativeLinkedEvent(PLAN, "0336", "i-9"))
                .expectResultMessagePayload(ActionPlanStatus.PROPOSED);
    }

    @Test
    void an_initiative_already_in_the_plan_is_not_linked_twice() {
        fixture.given(proposed(2026))
                .when(new LinkInitiativeCommand(PLAN, "0336", "i-1"))
                .expectException(violation("initiativeId"))
                .expectNoEvents();
    }

    @Test
    void an_initiative_that_left_is_not_linked_again() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.PAUSED))
                .when(new LinkInitiativeCommand(PLAN, "0336", "i-1"))
                .expectException(violation("initiativeId"))
                .expectNoEvents();
    }

    @Test
    void a_paused_initiative_leaves_the_plan() {
        fixture.given(proposed(2026))
                .when(new LeaveActionPlanCommand(PLAN, "i-1", InitiativeStatus.PAUSED))
                .expectEvents(left("i-1", InitiativeStatus.PAUSED));
    }

    @Test
    void a_completed_initiative_leaves_the_plan() {
        fixture.given(proposed(2026))
                .when(new LeaveActionPlanCommand(PLAN, "i-1", InitiativeStatus.COMPLETED))
                .expectEvents(left("i-1", InitiativeStatus.COMPLETED));
    }

    @Test
    void leaving_again_with_the_same_status_changes_nothing() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.PAUSED))
                .when(new LeaveActionPlanCommand(PLAN, "i-1", InitiativeStatus.PAUSED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_initiative_never_in_the_plan_does_not_leave_it() {
        fixture.given(proposed(2026))
                .when(new LeaveActionPlanCommand(PLAN, "i-7", InitiativeStatus.WITHDRAWN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_paused_initiative_that_is_withdrawn_leaves_again_with_the_final_status() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.PAUSED))
                .when(new LeaveActionPlanCommand(PLAN, "i-1", InitiativeStatus.WITHDRAWN))
                .expectEvents(left("i-1", InitiativeStatus.WITHDRAWN));
    }

    @Test
    void a_final_reason_to_leave_is_never_replaced() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.WITHDRAWN))
                .when(new LeaveActionPlanCommand(PLAN, "i-1", InitiativeStatus.PAUSED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_initiative_leaves_only_when_paused_withdrawn_or_completed() {
        fixture.given(proposed(2026))
                .when(new LeaveActionPlanCommand(PLAN, "i-1", InitiativeStatus.ACTIVE))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_resumed_initiative_returns_to_the_plan_it_left_because_of_the_pause() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.PAUSED))
                .when(new ReturnToActionPlanCommand(PLAN, "i-1"))
                .expectEvents(new ActionPlanInitiativeReturnedEvent(PLAN, "0336", "i-1"));
    }

    @Test
    void an_initiative_that_left_for_another_reason_does_not_return() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.COMPLETED))
                .when(new ReturnToActionPlanCommand(PLAN, "i-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void returning_while_in_the_plan_changes_nothing() {
        fixture.given(proposed(2026), left("i-1", InitiativeStatus.PAUSED),
                        new ActionPlanInitiativeReturnedEvent(PLAN, "0336", "i-1"))
                .when(new ReturnToActionPlanCommand(PLAN, "i-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static ProposeActionPlanCommand propose(int firstYear, OrganisationLevel proposedBy, List<String> initiatives) {
        return new ProposeActionPlanCommand(PLAN, "0336", firstYear, " Mere uro i nattelivet ",
                "Færre unge i kriminalitet", List.of("Tryg nattelivskultur"), initiatives, List.of("SSP-styregruppen"),
                List.of("SSP-koordinator"), List.of("Gadeplansmedarbejder"), "Puljen og skolernes budgetter",
                "Årlig opfølgning i styregruppen", proposedBy);
    }

    private static ActionPlanProposedEvent proposed(int firstYear) {
        return new ActionPlanProposedEvent(PLAN, "0336", firstYear, firstYear + 1, "Analyse", "Mål", List.of(),
                List.of("i-1", "i-2"), List.of(), List.of(), List.of(), "Puljen", "Opfølgning",
                OrganisationLevel.EXECUTING);
    }

    private static ActionPlanAdoptedEvent adopted(String on) {
        LocalDate adoptedOn = LocalDate.parse(on);
        return new ActionPlanAdoptedEvent(PLAN, "0336", adoptedOn, adoptedOn.plusYears(1));
    }

    private static ActionPlanInitiativeLeftEvent left(String initiativeId, InitiativeStatus status) {
        return new ActionPlanInitiativeLeftEvent(PLAN, "0336", initiativeId, status);
    }

    private static Matcher<ActionPlanRuleViolation> violation(String field) {
        return predicate(e -> e instanceof ActionPlanRuleViolation && e.field().equals(field));
    }

    private static Matcher<ActionPlanTransitionException> conflict(ActionPlanStatus currentStatus) {
        return predicate(e -> e instanceof ActionPlanTransitionException && e.currentStatus() == currentStatus);
    }
}
