package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.contracts.national.GatheringKind;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.test.matchers.Matchers.predicate;

class GatheringTest {

    private static final String GATHERING = "g-1";
    private static final String SUBJECT = "Unge og nikotinprodukter";
    private static final String ORGANISER = "SSP-Samrådet";
    /** The clock stands at half past midnight in Denmark, still the day before in UTC: today is the Danish day. */
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate PLANNED_FOR = LocalDate.parse("2026-11-20");

    private AggregateTestFixture<Gathering> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Gathering.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"),
                ZoneId.of("Europe/Copenhagen")));
    }

    // planning

    @Test
    void a_gathering_is_planned_in_a_police_district() {
        fixture.givenNoPriorActivity()
                .when(new PlanGatheringCommand(GATHERING, GatheringKind.THEME_DAY, "1467", SUBJECT, PLANNED_FOR,
                        ORGANISER))
                .expectEvents(planned());
    }

    @Test
    void a_gathering_without_a_police_district_is_national() {
        fixture.givenNoPriorActivity()
                .when(new PlanGatheringCommand(GATHERING, GatheringKind.ANNUAL_MEETING, null, "Årsmøde 2027",
                        LocalDate.parse("2027-04-15"), ORGANISER))
                .expectEvents(new GatheringPlannedEvent(GATHERING, GatheringKind.ANNUAL_MEETING, null, "Årsmøde 2027",
                        LocalDate.parse("2027-04-15"), ORGANISER));
    }

    @Test
    void a_gathering_in_an_unknown_police_district_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new PlanGatheringCommand(GATHERING, GatheringKind.COURSE, "1472", SUBJECT, PLANNED_FOR, ORGANISER))
                .expectException(violationOf("districtCode", "1472"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new PlanGatheringCommand(GATHERING, GatheringKind.COURSE, "", SUBJECT, PLANNED_FOR, ORGANISER))
                .expectException(violationOf("districtCode", ""))
                .expectNoEvents();
    }

    // held

    @Test
    void a_planned_gathering_is_held_with_participants_per_municipality_their_districts_and_the_total() {
        Map<String, Integer> participants = new LinkedHashMap<>();
        participants.put("336", 14);
        participants.put("0259", 9);
        participants.put("0101", 2);
        fixture.given(planned())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY, participants))
                .expectEvents(new GatheringHeldEvent(GATHERING, GatheringKind.THEME_DAY, "1467", SUBJECT, TODAY,
                        List.of(new MunicipalityParticipants("0101", "1470", 2),
                                new MunicipalityParticipants("0259", "1467", 9),
                                new MunicipalityParticipants("0336", "1467", 14)), 25));
    }

    @Test
    void a_gathering_cannot_be_held_after_today() {
        fixture.given(planned())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY.plusDays(1), Map.of("0336", 14)))
                .expectException(violationOf("heldOn", TODAY.plusDays(1).toString()))
                .expectNoEvents();
    }

    @Test
    void a_held_gathering_has_participants_from_at_least_one_municipality() {
        fixture.given(planned())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY, Map.of()))
                .expectException(predicate((GatheringRuleViolation e) -> e.field().equals("participants")))
                .expectNoEvents();
    }

    @Test
    void every_participating_municipality_must_be_a_municipality() {
        for (String code : List.of("0999", "411", "Stevns")) {
            fixture.given(planned())
                    .when(new RecordGatheringHeldCommand(GATHERING, TODAY, Map.of(code, 3)))
                    .expectException(violationOf("participants." + code, code))
                    .expectNoEvents();
        }
    }

    @Test
    void a_municipality_is_counted_once_however_its_code_is_written() {
        Map<String, Integer> participants = new LinkedHashMap<>();
        participants.put("0336", 14);
        participants.put("336", 2);
        fixture.given(planned())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY, participants))
                .expectException(violationOf("participants.336", "336"))
                .expectNoEvents();
    }

    @Test
    void the_participants_from_a_municipality_number_from_one_to_ten_thousand() {
        Map<String, Integer> none = new HashMap<>();
        none.put("0336", null);
        for (Map<String, Integer> participants : List.of(Map.of("0336", 0), Map.of("0336", 10_001), none)) {
            fixture.given(planned())
                    .when(new RecordGatheringHeldCommand(GATHERING, TODAY, participants))
                    .expectException(predicate((GatheringRuleViolation e) -> e.field().equals("participants.0336")))
                    .expectNoEvents();
        }
        fixture.given(planned())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY, Map.of("0336", 10_000, "0259", 1)))
                .expectEvents(new GatheringHeldEvent(GATHERING, GatheringKind.THEME_DAY, "1467", SUBJECT, TODAY,
                        List.of(new MunicipalityParticipants("0259", "1467", 1),
                                new MunicipalityParticipants("0336", "1467", 10_000)), 10_001));
    }

    @Test
    void a_gathering_is_held_only_once() {
        fixture.given(planned(), held())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY, Map.of("0336", 14)))
                .expectException(transitionFrom(GatheringStatus.HELD))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_gathering_is_not_held() {
        fixture.given(planned(), cancelled())
                .when(new RecordGatheringHeldCommand(GATHERING, TODAY, Map.of("0336", 14)))
                .expectException(transitionFrom(GatheringStatus.CANCELLED))
                .expectNoEvents();
    }

    // cancelled

    @Test
    void a_planned_gathering_is_cancelled_with_a_reason() {
        fixture.given(planned())
                .when(new CancelGatheringCommand(GATHERING, "For få tilmeldte"))
                .expectEvents(cancelled());
    }

    @Test
    void a_held_gathering_is_not_cancelled() {
        fixture.given(planned(), held())
                .when(new CancelGatheringCommand(GATHERING, "For sent"))
                .expectException(transitionFrom(GatheringStatus.HELD))
                .expectNoEvents();
    }

    @Test
    void a_cancelled_gathering_is_not_cancelled_again() {
        fixture.given(planned(), cancelled())
                .when(new CancelGatheringCommand(GATHERING, "Igen"))
                .expectException(transitionFrom(GatheringStatus.CANCELLED))
                .expectNoEvents();
    }

    @Test
    void an_unknown_gathering_is_not_found() {
        fixture.givenNoPriorActivity()
                .when(new CancelGatheringCommand("g-unknown", "For få tilmeldte"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static GatheringPlannedEvent planned() {
        return new GatheringPlannedEvent(GATHERING, GatheringKind.THEME_DAY, "1467", SUBJECT, PLANNED_FOR, ORGANISER);
    }

    private static GatheringHeldEvent held() {
        return new GatheringHeldEvent(GATHERING, GatheringKind.THEME_DAY, "1467", SUBJECT, TODAY,
                List.of(new MunicipalityParticipants("0336", "1467", 14)), 14);
    }

    private static GatheringCancelledEvent cancelled() {
        return new GatheringCancelledEvent(GATHERING, GatheringKind.THEME_DAY, "1467", "For få tilmeldte");
    }

    private static org.hamcrest.Matcher<GatheringRuleViolation> violationOf(String field, String value) {
        return predicate((GatheringRuleViolation e) -> e.field().equals(field) && value.equals(e.value()));
    }

    private static org.hamcrest.Matcher<GatheringTransitionException> transitionFrom(GatheringStatus status) {
        return predicate((GatheringTransitionException e) -> e.currentStatus() == status);
    }
}
