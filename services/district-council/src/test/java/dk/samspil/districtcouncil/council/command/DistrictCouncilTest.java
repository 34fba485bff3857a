package dk.samspil.districtcouncil.council.command;

import dk.samspil.contracts.districtcouncil.AgendaItemKind;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

class DistrictCouncilTest {

    private static final String DISTRICT = "1467";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate START = LocalDate.parse("2027-01-01");
    private static final LocalDate END = LocalDate.parse("2028-12-31");
    private static final String MEETING = "m-1";
    private static final String DECISION = "d-1";
    private static final List<MeetingAgendaItem> AGENDA =
            List.of(new MeetingAgendaItem(AgendaItemKind.LOCAL_REPORT, "r-1", "Lokalrapport fra Stevns"));

    private AggregateTestFixture<DistrictCouncil> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DistrictCouncil.class);
        fixture.registerInjectableResource(LocalCouncils.defaults());
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneId.of("Europe/Copenhagen")));
    }

    // priorities

    @Test
    void the_first_priorities_of_a_council_bring_it_into_being() {
        List<DistrictPriority> priorities = List.of(new DistrictPriority(Theme.NICOTINE_PRODUCTS, "Færre unge bruger snus"),
                new DistrictPriority(Theme.UNSAFE_PLACES, "Tryggere stationsområder"));

        fixture.givenNoPriorActivity()
                .when(new SetDistrictPrioritiesCommand(DISTRICT, START, END, priorities))
                .expectEvents(new DistrictPrioritiesSetEvent(DISTRICT, START, END, priorities));
    }

    @Test
    void priorities_set_again_replace_the_earlier_ones() {
        List<DistrictPriority> later = List.of(new DistrictPriority(Theme.CANNABIS, "Mindre hash i nattelivet"));

        fixture.given(prioritiesSet())
                .when(new SetDistrictPrioritiesCommand(DISTRICT, START, END, later))
                .expectEvents(new DistrictPrioritiesSetEvent(DISTRICT, START, END, later));
    }

    @Test
    void priorities_need_at_least_one_priority() {
        fixture.givenNoPriorActivity()
                .when(new SetDistrictPrioritiesCommand(DISTRICT, START, END, List.of()))
                .expectException(violationOf("priorities"))
                .expectNoEvents();
    }

    @Test
    void a_theme_is_prioritised_only_once() {
        fixture.givenNoPriorActivity()
                .when(new SetDistrictPrioritiesCommand(DISTRICT, START, END, List.of(
                        new DistrictPriority(Theme.ALCOHOL, "Færre fulde unge"),
                        new DistrictPriority(Theme.ALCOHOL, "Ingen salg til mindreårige"))))
                .expectException(predicate((DistrictCouncilRuleViolation e) ->
                        e.field().equals("priorities") && e.value().equals("ALCOHOL")))
                .expectNoEvents();
    }

    @Test
    void a_priority_period_must_end_after_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new SetDistrictPrioritiesCommand(DISTRICT, END, START, List.of(
                        new DistrictPriority(Theme.ALCOHOL, "Færre fulde unge"))))
                .expectException(violationOf("periodEnd"))
                .expectNoEvents();
    }

    // cooperation plan

    @Test
    void the_first_draft_of_the_plan_is_version_1() {
        fixture.givenNoPriorActivity()
                .when(draft(1))
                .expectResultMessagePayload(1)
                .expectEvents(drafted(1));
    }

    @Test
    void a_further_draft_is_the_next_version() {
        fixture.given(drafted(1))
                .when(draft(2))
                .expectResultMessagePayload(2)
                .expectEvents(drafted(2));
    }

    @Test
    void a_draft_period_must_end_after_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new DraftCooperationPlanCommand(DISTRICT, "Plan", END, END, "Tekst"))
                .expectException(violationOf("periodEnd"))
                .expectNoEvents();
    }

    @Test
    void publishing_the_latest_draft_makes_it_public_today() {
        fixture.given(drafted(1), drafted(2))
                .when(new PublishCooperationPlanCommand(DISTRICT, 2))
                .expectResultMessagePayload(TODAY)
                .expectEvents(new CooperationPlanPublishedEvent(DISTRICT, 2, "Samarbejdsplan 2027-2028", START, END,
                        "Planens tekst, version 2", TODAY));
    }

    @Test
    void without_a_draft_there_is_nothing_to_publish() {
        fixture.givenNoPriorActivity()
                .when(new PublishCooperationPlanCommand(DISTRICT, 1))
                .expectException(transitionFrom(CooperationPlanStatus.NONE))
                .expectNoEvents();
    }

    @Test
    void the_published_version_cannot_be_published_again() {
        fixture.given(drafted(1), published(1))
                .when(new PublishCooperationPlanCommand(DISTRICT, 1))
                .expectException(transitionFrom(CooperationPlanStatus.PUBLISHED))
                .expectNoEvents();
    }

    @Test
    void only_the_latest_draft_can_be_published() {
        fixture.given(drafted(1), drafted(2))
                .when(new PublishCooperationPlanCommand(DISTRICT, 1))
                .expectException(transitionFrom(CooperationPlanStatus.DRAFTED))
                .expectNoEvents();
    }

    @Test
    void a_version_never_drafted_cannot_be_published() {
        fixture.given(drafted(1))
                .when(new PublishCooperationPlanCommand(DISTRICT, 2))
                .expectException(violationOf("version"))
                .expectNoEvents();
    }

    @Test
    void a_new_draft_after_publication_can_be_published_in_turn() {
        fixture.given(drafted(1), published(1), drafted(2))
                .when(new PublishCooperationPlanCommand(DISTRICT, 2))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CooperationPlanPublishedEvent(DISTRICT, 2, "Samarbejdsplan 2027-2028", START, END,
                        "Planens tekst, version 2", TODAY));
    }

    // meetings and decisions

    @Test
    void a_meeting_is_scheduled_with_its_agenda() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(DISTRICT, MEETING, TODAY, AGENDA))
                .expectEvents(new MeetingScheduledEvent(DISTRICT, MEETING, TODAY, AGENDA));
    }

    @Test
    void a_meeting_needs_an_agenda() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeetingCommand(DISTRICT, MEETING, TODAY, List.of()))
                .expectException(violationOf("agenda"))
                .expectNoEvents();
    }

    @Test
    void a_decision_assigned_to_local_councils_of_the_district_is_made() {
        fixture.given(meeting())
                .when(decide(List.of("LR-0336", "LR-0329", "LR-0336")))
                .expectEvents(new DecisionMadeEvent(DISTRICT, MEETING, DECISION, "Forældremøder",
                        "Forældremøder om nikotinprodukter", List.of(Theme.NICOTINE_PRODUCTS),
                        List.of("LR-0336", "LR-0329"), TODAY.plusMonths(2)));
    }

    @Test
    void a_decision_needs_a_meeting_of_the_council() {
        fixture.givenNoPriorActivity()
                .when(decide(List.of("LR-0336")))
                .expectException(predicate((CouncilItemNotFoundException e) -> e.field().equals("meetingId")))
                .expectNoEvents();
    }

    @Test
    void a_decision_cannot_be_assigned_to_a_local_council_outside_the_district() {
        fixture.given(meeting())
                .when(decide(List.of("LR-0336", "LR-0101")))
                .expectException(predicate((DistrictCouncilRuleViolation e) -> e.field().equals("localCouncilIds")
                        && e.value().equals("LR-0101")
                        && e.getMessage().equals("Lokalråd LR-0101 hører ikke til politikreds 1467")))
                .expectNoEvents();
    }

    @Test
    void a_decision_cannot_be_assigned_to_an_unknown_local_council() {
        fixture.given(meeting())
                .when(decide(List.of("LR-9999")))
                .expectException(predicate((DistrictCouncilRuleViolation e) -> e.field().equals("localCouncilIds")
                        && e.value().equals("LR-9999")))
                .expectNoEvents();
    }

    @Test
    void a_decision_is_not_due_before_its_meeting() {
        fixture.given(meeting())
                .when(new MakeDecisionCommand(DISTRICT, MEETING, DECISION, "Forældremøder", "Beskrivelse",
                        List.of(Theme.NICOTINE_PRODUCTS), List.of(), TODAY.minusDays(1)))
                .expectException(violationOf("dueDate"))
                .expectNoEvents();
    }

    @Test
    void a_decision_is_assigned_to_more_local_councils_later() {
        fixture.given(meeting(), decided(List.of("LR-0336")))
                .when(new AssignDecisionCommand(DISTRICT, DECISION, List.of("LR-0329")))
                .expectResultMessagePayload(List.of("LR-0336", "LR-0329"))
                .expectEvents(new DecisionAssignedEvent(DISTRICT, DECISION, "Forældremøder",
                        "Forældremøder om nikotinprodukter", List.of("LR-0329"), List.of("LR-0336", "LR-0329"),
                        TODAY.plusMonths(2)));
    }

    @Test
    void a_decision_is_not_assigned_twice_to_the_same_local_council() {
        fixture.given(meeting(), decided(List.of("LR-0336")))
                .when(new AssignDecisionCommand(DISTRICT, DECISION, List.of("LR-0329", "LR-0336")))
                .expectException(predicate((DecisionAlreadyAssignedException e) ->
                        e.assignedLocalCouncilIds().equals(List.of("LR-0336"))))
                .expectNoEvents();
    }

    @Test
    void a_later_assignment_also_stays_within_the_district() {
        fixture.given(meeting(), decided(List.of()))
                .when(new AssignDecisionCommand(DISTRICT, DECISION, List.of("LR-0101")))
                .expectException(violationOf("localCouncilIds"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_decision_cannot_be_assigned() {
        fixture.given(meeting())
                .when(new AssignDecisionCommand(DISTRICT, "d-unknown", List.of("LR-0336")))
                .expectException(predicate((CouncilItemNotFoundException e) -> e.field().equals("decisionId")))
                .expectNoEvents();
    }

    private static DistrictPrioritiesSetEvent prioritiesSet() {
        return new DistrictPrioritiesSetEvent(DISTRICT, START, END,
                List.of(new DistrictPriority(Theme.NICOTINE_PRODUCTS, "Færre unge bruger snus")));
    }

    /** The command that drafts what {@link #drafted} records as {@code version}. */
    private static DraftCooperationPlanCommand draft(int version) {
        return new DraftCooperationPlanCommand(DISTRICT, "Samarbejdsplan 2027-2028", START, END,
                "Planens tekst, version " + version);
    }

    private static CooperationPlanDraftedEvent drafted(int version) {
        return new CooperationPlanDraftedEvent(DISTRICT, version, "Samarbejdsplan 2027-2028", START, END,
                "Planens tekst, version " + version);
    }

    private static CooperationPlanPublishedEvent published(int version) {
        return new CooperationPlanPublishedEvent(DISTRICT, version, "Samarbejdsplan 2027-2028", START, END,
                "Planens tekst, version " + version, TODAY);
    }

    private static MeetingScheduledEvent meeting() {
        return new MeetingScheduledEvent(DISTRICT, MEETING, TODAY, AGENDA);
    }

    private static MakeDecisionCommand decide(List<String> localCouncilIds) {
        return new MakeDecisionCommand(DISTRICT, MEETING, DECISION, "Forældremøder", "Forældremøder om nikotinprodukter",
                List.of(Theme.NICOTINE_PRODUCTS), localCouncilIds, TODAY.plusMonths(2));
    }

    private static DecisionMadeEvent decided(List<String> localCouncilIds) {
        return new DecisionMadeEvent(DISTRICT, MEETING, DECISION, "Forældremøder", "Forældremøder om nikotinprodukter",
                List.of(Theme.NICOTINE_PRODUCTS), localCouncilIds, TODAY.plusMonths(2));
    }

    private static org.hamcrest.Matcher<DistrictCouncilRuleViolation> violationOf(String field) {
        return predicate((DistrictCouncilRuleViolation e) -> e.field().equals(field));
    }

    private static org.hamcrest.Matcher<CooperationPlanTransitionException> transitionFrom(CooperationPlanStatus status) {
        return predicate((CooperationPlanTransitionException e) -> e.currentStatus() == status);
    }
}
