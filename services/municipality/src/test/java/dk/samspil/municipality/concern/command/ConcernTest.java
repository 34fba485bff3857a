package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import static dk.samspil.contracts.municipality.ConcernSeverity.ALERT;
import static dk.samspil.contracts.municipality.ConcernSeverity.WATCH;
import static dk.samspil.contracts.municipality.ConcernStatus.ESCALATED;
import static dk.samspil.contracts.municipality.ConcernStatus.RAISED;
import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * Stevns (0336, district 1467) raises a concern seen also in Næstved (0370, district 1466). København (0101) is in
 * district 1470, which the concern does not touch.
 */
class ConcernTest {

    private static final String ID = "c-1";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final List<Theme> THEMES = List.of(Theme.NICOTINE_PRODUCTS, Theme.YOUTH_GROUPS);

    private AggregateTestFixture<Concern> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Concern.class);
        // 22 November 23:30 UTC is already the 23rd in Copenhagen: "today" must be the Danish day
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Europe/Copenhagen")));
    }

    // raising

    @Test
    void raising_records_the_concern_with_the_raising_municipality_first_in_the_area() {
        fixture.givenNoPriorActivity()
                .when(raise(List.of("370", "0336", "0370"), List.of("1466"), TODAY))
                .expectEvents(raised(List.of("0336", "0370"), List.of("1466")));
    }

    @Test
    void the_raising_municipality_is_in_the_area_even_when_the_area_names_only_districts() {
        fixture.givenNoPriorActivity()
                .when(raise(null, List.of("1466"), TODAY))
                .expectEvents(raised(List.of("0336"), List.of("1466")));
    }

    @Test
    void an_observation_in_the_future_is_refused() {
        fixture.givenNoPriorActivity()
                .when(raise(List.of(), List.of(), TODAY.plusDays(1)))
                .expectException(violation("observedOn", "2026-11-24"))
                .expectNoEvents();
    }

    @Test
    void an_observation_today_in_denmark_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(raise(List.of(), List.of(), TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_concern_without_a_theme_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RaiseConcernCommand(ID, "0336", "Unge ved stationen", "Salg af nikotinposer", List.of(),
                        WATCH, List.of(), List.of(), TODAY))
                .expectException(violation("themes", null))
                .expectNoEvents();
    }

    @Test
    void a_concern_without_a_title_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RaiseConcernCommand(ID, "0336", "  ", "Salg af nikotinposer", THEMES, WATCH, List.of(),
                        List.of(), TODAY))
                .expectException(violation("title", null))
                .expectNoEvents();
    }

    @Test
    void a_title_longer_than_200_characters_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RaiseConcernCommand(ID, "0336", "x".repeat(201), "Salg af nikotinposer", THEMES, WATCH,
                        List.of(), List.of(), TODAY))
                .expectException(violation("title", null))
                .expectNoEvents();
    }

    @Test
    void a_concern_without_a_severity_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RaiseConcernCommand(ID, "0336", "Unge ved stationen", "Salg af nikotinposer", THEMES, null,
                        List.of(), List.of(), TODAY))
                .expectException(violation("severity", null))
                .expectNoEvents();
    }

    @Test
    void an_unknown_municipality_in_the_area_is_refused_naming_it() {
        fixture.givenNoPriorActivity()
                .when(raise(List.of("0370", "0999"), List.of(), TODAY))
                .expectException(violation("municipalityCodes", "0999"))
                .expectNoEvents();
    }

    @Test
    void an_unknown_district_in_the_area_is_refused_naming_it() {
        fixture.givenNoPriorActivity()
                .when(raise(List.of(), List.of("1466", "9999"), TODAY))
                .expectException(violation("districtCodes", "9999"))
                .expectNoEvents();
    }

    // updates

    @Test
    void a_municipality_of_the_area_adds_a_note_and_may_raise_the_severity() {
        fixture.given(raised(List.of("0336", "0370"), List.of()))
                .when(new UpdateConcernCommand(ID, "370", "Flere unge end sidst", ALERT))
                .expectEvents(new ConcernUpdatedEvent(ID, "0336", "0370", "Flere unge end sidst", ALERT, RAISED));
    }

    @Test
    void a_note_without_a_severity_keeps_the_severity() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new UpdateConcernCommand(ID, "0336", "Stadig samme billede", null))
                .expectEvents(new ConcernUpdatedEvent(ID, "0336", "0336", "Stadig samme billede", WATCH, RAISED));
    }

    @Test
    void a_municipality_in_a_named_district_of_the_area_may_update() {
        fixture.given(raised(List.of("0336"), List.of("1466")))
                .when(new UpdateConcernCommand(ID, "0390", "Også set i Vordingborg", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_municipality_outside_the_area_cannot_update() {
        fixture.given(raised(List.of("0336"), List.of("1466")))
                .when(new UpdateConcernCommand(ID, "0101", "Set i København", null))
                .expectException(violation("municipalityCode", "0101"))
                .expectNoEvents();
    }

    @Test
    void an_update_without_a_note_is_refused() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new UpdateConcernCommand(ID, "0336", " ", ALERT))
                .expectException(violation("note", null))
                .expectNoEvents();
    }

    @Test
    void an_update_keeps_an_escalated_concern_escalated() {
        fixture.given(raised(List.of("0336"), List.of()), escalated(List.of("1467"), List.of("1467")))
                .when(new UpdateConcernCommand(ID, "0336", "Mere uro", null))
                .expectEvents(new ConcernUpdatedEvent(ID, "0336", "0336", "Mere uro", WATCH, ESCALATED));
    }

    @Test
    void a_resolved_concern_cannot_be_updated() {
        fixture.given(raised(List.of("0336"), List.of()), resolved())
                .when(new UpdateConcernCommand(ID, "0336", "Mere uro", null))
                .expectException(transition(ConcernStatus.RESOLVED))
                .expectNoEvents();
    }

    // confirmations

    @Test
    void a_confirmation_adds_the_municipality_to_the_area() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new ConfirmConcernCommand(ID, "101", "Vi ser det også"))
                .expectEvents(new ConcernConfirmedEvent(ID, "0336", "0101", "Vi ser det også", List.of("0336", "0101"),
                        List.of(), RAISED));
    }

    @Test
    void a_municipality_named_in_the_area_confirms_without_doubling_it() {
        fixture.given(raised(List.of("0336", "0370"), List.of()))
                .when(new ConfirmConcernCommand(ID, "0370", null))
                .expectEvents(new ConcernConfirmedEvent(ID, "0336", "0370", null, List.of("0336", "0370"), List.of(),
                        RAISED));
    }

    @Test
    void a_municipality_cannot_confirm_twice() {
        fixture.given(raised(List.of("0336"), List.of()), confirmedBy("0101"))
                .when(new ConfirmConcernCommand(ID, "0101", null))
                .expectException(transition(RAISED))
                .expectNoEvents();
    }

    @Test
    void the_raising_municipality_cannot_confirm_its_own_concern() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new ConfirmConcernCommand(ID, "0336", null))
                .expectException(transition(RAISED))
                .expectNoEvents();
    }

    @Test
    void an_unknown_municipality_cannot_confirm() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new ConfirmConcernCommand(ID, "0999", null))
                .expectException(violation("municipalityCode", "0999"))
                .expectNoEvents();
    }

    @Test
    void a_resolved_concern_cannot_be_confirmed() {
        fixture.given(raised(List.of("0336"), List.of()), resolved())
                .when(new ConfirmConcernCommand(ID, "0101", null))
                .expectException(transition(ConcernStatus.RESOLVED))
                .expectNoEvents();
    }

    // escalation

    @Test
    void a_concern_is_escalated_to_the_districts_it_touches() {
        fixture.given(raised(List.of("0336", "0370"), List.of()))
                .when(new EscalateConcernCommand(ID, "0336", List.of("1467", "1466", "1467"), "Kræver fælles indsats"))
                .expectEvents(escalated(List.of("1467", "1466"), List.of("1467", "1466")))
                .expectResultMessagePayload(ESCALATED);
    }

    @Test
    void a_confirmation_widens_the_districts_a_concern_can_be_escalated_to() {
        fixture.given(raised(List.of("0336"), List.of()), confirmedBy("0101"))
                .when(new EscalateConcernCommand(ID, "0336", List.of("1470"), "Også i København"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_concern_cannot_be_escalated_to_a_district_it_does_not_touch() {
        fixture.given(raised(List.of("0336"), List.of("1466")))
                .when(new EscalateConcernCommand(ID, "0336", List.of("1466", "1470"), "Kræver fælles indsats"))
                .expectException(violation("districtCodes", "1470"))
                .expectNoEvents();
    }

    @Test
    void a_concern_cannot_be_escalated_to_an_unknown_district() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new EscalateConcernCommand(ID, "0336", List.of("0000"), "Kræver fælles indsats"))
                .expectException(violation("districtCodes", "0000"))
                .expectNoEvents();
    }

    @Test
    void an_escalation_names_at_least_one_district() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new EscalateConcernCommand(ID, "0336", List.of(), "Kræver fælles indsats"))
                .expectException(violation("districtCodes", null))
                .expectNoEvents();
    }

    @Test
    void an_escalation_needs_a_reason() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new EscalateConcernCommand(ID, "0336", List.of("1467"), ""))
                .expectException(violation("reason", null))
                .expectNoEvents();
    }

    @Test
    void a_concern_cannot_be_escalated_twice_to_the_same_district() {
        fixture.given(raised(List.of("0336", "0370"), List.of()), escalated(List.of("1467"), List.of("1467")))
                .when(new EscalateConcernCommand(ID, "0336", List.of("1466", "1467"), "Igen"))
                .expectException(transition(ESCALATED))
                .expectNoEvents();
    }

    @Test
    void a_later_escalation_to_another_district_adds_to_those_escalated_to() {
        fixture.given(raised(List.of("0336", "0370"), List.of()), escalated(List.of("1467"), List.of("1467")))
                .when(new EscalateConcernCommand(ID, "0336", List.of("1466"), "Kræver fælles indsats"))
                .expectEvents(escalated(List.of("1466"), List.of("1467", "1466")));
    }

    @Test
    void a_resolved_concern_cannot_be_escalated() {
        fixture.given(raised(List.of("0336"), List.of()), resolved())
                .when(new EscalateConcernCommand(ID, "0336", List.of("1467"), "For sent"))
                .expectException(transition(ConcernStatus.RESOLVED))
                .expectNoEvents();
    }

    @Test
    void a_municipality_outside_the_area_cannot_escalate_the_concern() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new EscalateConcernCommand(ID, "0101", List.of("1467"), "Kræver fælles indsats"))
                .expectException(OutsideConcernAreaException.class)
                .expectNoEvents();
    }

    // resolution

    @Test
    void a_municipality_outside_the_area_cannot_resolve_the_concern() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new ResolveConcernCommand(ID, "0101", "Løst"))
                .expectException(OutsideConcernAreaException.class)
                .expectNoEvents();
    }

    @Test
    void an_open_concern_is_resolved() {
        fixture.given(raised(List.of("0336"), List.of()), escalated(List.of("1467"), List.of("1467")))
                .when(new ResolveConcernCommand(ID, "0336", " Gruppen er opløst "))
                .expectEvents(resolved())
                .expectResultMessagePayload(ConcernStatus.RESOLVED);
    }

    @Test
    void a_resolution_must_be_described() {
        fixture.given(raised(List.of("0336"), List.of()))
                .when(new ResolveConcernCommand(ID, "0336", null))
                .expectException(violation("resolution", null))
                .expectNoEvents();
    }

    @Test
    void a_concern_cannot_be_resolved_twice() {
        fixture.given(raised(List.of("0336"), List.of()), resolved())
                .when(new ResolveConcernCommand(ID, "0336", "Igen"))
                .expectException(transition(ConcernStatus.RESOLVED))
                .expectNoEvents();
    }

    private static RaiseConcernCommand raise(List<String> municipalityCodes, List<String> districtCodes,
                                             LocalDate observedOn) {
        return new RaiseConcernCommand(ID, "0336", " Unge ved stationen ", "Salg af nikotinposer", THEMES, WATCH,
                municipalityCodes, districtCodes, observedOn);
    }

    private static ConcernRaisedEvent raised(List<String> municipalityCodes, List<String> districtCodes) {
        return new ConcernRaisedEvent(ID, "0336", "Unge ved stationen", "Salg af nikotinposer", THEMES, WATCH,
                municipalityCodes, districtCodes, TODAY);
    }

    private static ConcernConfirmedEvent confirmedBy(String municipalityCode) {
        return new ConcernConfirmedEvent(ID, "0336", municipalityCode, null, List.of("0336", municipalityCode),
                List.of(), RAISED);
    }

    private static ConcernEscalatedEvent escalated(List<String> districtCodes, List<String> all) {
        return new ConcernEscalatedEvent(ID, "0336", districtCodes, "Kræver fælles indsats", all);
    }

    private static ConcernResolvedEvent resolved() {
        return new ConcernResolvedEvent(ID, "0336", "Gruppen er opløst");
    }

    private static Matcher<ConcernRuleViolation> violation(String field, String value) {
        return predicate((ConcernRuleViolation e) -> e.field().equals(field) && Objects.equals(e.value(), value));
    }

    private static Matcher<ConcernTransitionException> transition(ConcernStatus currentStatus) {
        return predicate((ConcernTransitionException e) -> e.currentStatus() == currentStatus);
    }
}
