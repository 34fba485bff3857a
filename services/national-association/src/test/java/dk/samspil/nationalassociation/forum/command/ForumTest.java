package dk.samspil.nationalassociation.forum.command;

import dk.samspil.contracts.national.ForumKind;
import dk.samspil.platform.testing.TestSealer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

class ForumTest {

    private static final String FORUM = "f-1";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate START = LocalDate.parse("2026-02-02");

    private static final TestSealer SEALER = new TestSealer();

    private AggregateTestFixture<Forum> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Forum.class);
        fixture.registerInjectableResource(SEALER);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneId.of("Europe/Copenhagen")));
    }

    // establishing

    @Test
    void a_professional_forum_is_established_today_with_its_mandate() {
        fixture.givenNoPriorActivity()
                .when(new EstablishForumCommand(FORUM, ForumKind.PROFESSIONAL_FORUM, "Fagforum for digital dannelse",
                        "Rådgiver bestyrelsen om unges digitale liv"))
                .expectEvents(new ForumEstablishedEvent(FORUM, ForumKind.PROFESSIONAL_FORUM,
                        "Fagforum for digital dannelse", "Rådgiver bestyrelsen om unges digitale liv", TODAY));
    }

    @Test
    void an_experience_network_may_begin_without_a_mandate() {
        fixture.givenNoPriorActivity()
                .when(new EstablishForumCommand(FORUM, ForumKind.EXPERIENCE_NETWORK, "Erfaringsnetværk Sjælland", null))
                .expectEvents(new ForumEstablishedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK,
                        "Erfaringsnetværk Sjælland", null, TODAY));
    }

    @Test
    void a_professional_forum_needs_a_mandate() {
        fixture.givenNoPriorActivity()
                .when(new EstablishForumCommand(FORUM, ForumKind.PROFESSIONAL_FORUM, "Fagforum", " "))
                .expectException(violationOf("mandate"))
                .expectNoEvents();
    }

    // coordinators

    @Test
    void a_coordinator_is_appointed_by_role_and_municipality_with_an_honorarium() {
        fixture.given(network())
                .when(new AppointCoordinatorCommand(FORUM, "c-1", "SSP-konsulent", "259", 25_000, "Mette Hansen"))
                .expectEvents(new CoordinatorAppointedEvent(FORUM, "c-1", "SSP-konsulent", "0259", 25_000,
                        SEALER.sealed("0259", "Mette Hansen", "Mette Hansen"), TODAY));
    }

    @Test
    void a_coordinator_s_contact_name_is_sealed_for_the_person_in_their_municipality() {
        fixture.given(network())
                .when(new AppointCoordinatorCommand(FORUM, "c-1", "SSP-konsulent", "259", 25_000, " Mette Hansen "))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(predicate((CoordinatorAppointedEvent event) ->
                        event.contactName().startsWith("pd1:" + SEALER.subjectFor("0259", "mette hansen") + ":")
                                && SEALER.open(event.contactName()).equals("Mette Hansen")), andNoMore())));
    }

    @Test
    void a_coordinator_may_serve_without_honorarium() {
        fixture.given(professionalForum())
                .when(new AppointCoordinatorCommand(FORUM, "c-1", "SSP-koordinator", "0101", 0, null))
                .expectEvents(new CoordinatorAppointedEvent(FORUM, "c-1", "SSP-koordinator", "0101", 0, null, TODAY));
    }

    @Test
    void a_negative_honorarium_is_refused() {
        fixture.given(network())
                .when(new AppointCoordinatorCommand(FORUM, "c-1", "SSP-konsulent", "0259", -1, null))
                .expectException(violationOf("honorarium", "-1"))
                .expectNoEvents();
    }

    @Test
    void an_honorarium_above_the_bound_is_refused() {
        fixture.given(network())
                .when(new AppointCoordinatorCommand(FORUM, "c-1", "SSP-konsulent", "0259", Forum.MAX_HONORARIUM + 1, null))
                .expectException(violationOf("honorarium", "1000001"))
                .expectNoEvents();
    }

    @Test
    void a_coordinator_comes_from_an_existing_municipality() {
        fixture.given(network())
                .when(new AppointCoordinatorCommand(FORUM, "c-1", "SSP-konsulent", "0999", 1_000, null))
                .expectException(violationOf("municipalityCode", "0999"))
                .expectNoEvents();
    }

    // members

    @Test
    void a_member_of_an_experience_network_commits_for_one_year() {
        fixture.given(network())
                .when(new AddMemberCommand(FORUM, "m-1", "0336", "SSP-koordinator", LocalDate.parse("2026-03-01")))
                .expectEvents(new MemberJoinedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK, "m-1", "0336", "SSP-koordinator",
                        LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28")));
    }

    @Test
    void a_member_of_a_professional_forum_has_no_fixed_commitment() {
        fixture.given(professionalForum())
                .when(new AddMemberCommand(FORUM, "m-1", "0851", "SSP-konsulent", LocalDate.parse("2026-03-01")))
                .expectEvents(new MemberJoinedEvent(FORUM, ForumKind.PROFESSIONAL_FORUM, "m-1", "0851", "SSP-konsulent",
                        LocalDate.parse("2026-03-01"), null));
    }

    @Test
    void a_member_comes_from_an_existing_municipality() {
        fixture.given(network())
                .when(new AddMemberCommand(FORUM, "m-1", "0411", "SSP-konsulent", START))
                .expectException(violationOf("municipalityCode", "0411"))
                .expectNoEvents();
    }

    @Test
    void a_member_leaves_today() {
        fixture.given(network(), joined("m-1"))
                .when(new RecordMemberLeavingCommand(FORUM, "m-1"))
                .expectEvents(new MemberLeftEvent(FORUM, "m-1", "0336", TODAY));
    }

    @Test
    void a_member_leaves_only_once() {
        fixture.given(network(), joined("m-1"), new MemberLeftEvent(FORUM, "m-1", "0336", TODAY))
                .when(new RecordMemberLeavingCommand(FORUM, "m-1"))
                .expectException(predicate((ForumConflictException e) ->
                        e.field().equals("memberId") && e.currentStatus() == ForumStatus.ACTIVE))
                .expectNoEvents();
    }

    @Test
    void only_a_member_of_the_forum_can_leave_it() {
        fixture.given(network())
                .when(new RecordMemberLeavingCommand(FORUM, "m-9"))
                .expectException(predicate((ForumItemNotFoundException e) -> e.field().equals("memberId")))
                .expectNoEvents();
    }

    // meetings

    @Test
    void a_meeting_is_recorded_with_each_attending_municipality_once() {
        fixture.given(network())
                .when(new RecordMeetingCommand(FORUM, "mt-1", LocalDate.parse("2026-04-15"), "Forældremøder",
                        List.of("259", "0336", "0259")))
                .expectEvents(new MeetingHeldEvent(FORUM, "mt-1", LocalDate.parse("2026-04-15"), "Forældremøder",
                        List.of("0259", "0336")));
    }

    @Test
    void attending_municipalities_must_exist() {
        fixture.given(network())
                .when(new RecordMeetingCommand(FORUM, "mt-1", TODAY, "Forældremøder", List.of("0259", "9999")))
                .expectException(violationOf("attendingMunicipalityCodes", "9999"))
                .expectNoEvents();
    }

    @Test
    void a_meeting_cannot_be_held_before_the_forum_began() {
        fixture.given(network())
                .when(new RecordMeetingCommand(FORUM, "mt-1", START.minusDays(1), "Forberedelse", List.of()))
                .expectException(violationOf("heldOn", "2026-02-01"))
                .expectNoEvents();
    }

    @Test
    void a_meeting_in_the_future_is_not_yet_held() {
        fixture.given(network())
                .when(new RecordMeetingCommand(FORUM, "mt-1", TODAY.plusDays(1), "Næste møde", List.of()))
                .expectException(violationOf("heldOn", "2026-11-24"))
                .expectNoEvents();
    }

    @Test
    void an_experience_network_holds_at_most_five_meetings_a_membership_year() {
        fixture.given(network(), held("mt-1", "2026-02-10"), held("mt-2", "2026-04-10"), held("mt-3", "2026-06-10"),
                        held("mt-4", "2026-08-10"), held("mt-5", "2026-10-10"))
                .when(new RecordMeetingCommand(FORUM, "mt-6", TODAY, "Et møde for meget", List.of()))
                .expectException(predicate((ForumConflictException e) ->
                        e.field().equals("heldOn") && e.value().equals("2026-11-23")
                                && e.currentStatus() == ForumStatus.ACTIVE))
                .expectNoEvents();
    }

    @Test
    void meetings_of_the_previous_membership_year_do_not_count() {
        fixture.given(networkEstablishedOn("2025-02-02"), held("mt-1", "2025-12-10"), held("mt-2", "2026-01-10"),
                        held("mt-3", "2026-01-20"), held("mt-4", "2026-01-25"), held("mt-5", "2026-02-01"))
                .when(new RecordMeetingCommand(FORUM, "mt-6", LocalDate.parse("2026-02-02"), "Møde", List.of()))
                .expectEvents(held("mt-6", "2026-02-02"));
    }

    @Test
    void a_professional_forum_may_meet_more_than_five_times_a_year() {
        fixture.given(professionalForum(), held("mt-1", "2026-02-10"), held("mt-2", "2026-04-10"),
                        held("mt-3", "2026-06-10"), held("mt-4", "2026-08-10"), held("mt-5", "2026-10-10"))
                .when(new RecordMeetingCommand(FORUM, "mt-6", TODAY, "Et møde mere", List.of()))
                .expectEvents(new MeetingHeldEvent(FORUM, "mt-6", TODAY, "Et møde mere", List.of()));
    }

    // yearly status

    @Test
    void a_yearly_status_makes_the_next_one_due_twelve_months_later() {
        fixture.given(network())
                .when(new ReportYearlyStatusCommand(FORUM, 2026, "Fem møder og et materiale"))
                .expectEvents(new YearlyStatusReportedEvent(FORUM, 2026, "Fem møder og et materiale", TODAY,
                        LocalDate.parse("2027-11-23")));
    }

    @Test
    void a_yearly_status_is_reported_once_per_year() {
        fixture.given(network(), new YearlyStatusReportedEvent(FORUM, 2026, "Status", TODAY, TODAY.plusMonths(12)))
                .when(new ReportYearlyStatusCommand(FORUM, 2026, "Status igen"))
                .expectException(predicate((ForumConflictException e) ->
                        e.field().equals("year") && e.value().equals("2026")))
                .expectNoEvents();
    }

    @Test
    void a_yearly_status_covers_a_year_from_the_forums_start_until_now() {
        fixture.given(network())
                .when(new ReportYearlyStatusCommand(FORUM, 2027, "Status for næste år"))
                .expectException(violationOf("year", "2027"))
                .expectNoEvents();
        fixture.given(network())
                .when(new ReportYearlyStatusCommand(FORUM, 2025, "Status før starten"))
                .expectException(violationOf("year", "2025"))
                .expectNoEvents();
    }

    // products

    @Test
    void a_product_is_published() {
        fixture.given(professionalForum())
                .when(new PublishProductCommand(FORUM, "p-1", "Drejebog", "Til forældremøder", LocalDate.parse("2026-06-10")))
                .expectEvents(new ProductPublishedEvent(FORUM, "p-1", "Drejebog", "Til forældremøder",
                        LocalDate.parse("2026-06-10")));
    }

    @Test
    void a_product_is_published_between_the_forums_start_and_today() {
        fixture.given(professionalForum())
                .when(new PublishProductCommand(FORUM, "p-1", "Drejebog", "Til forældremøder", TODAY.plusDays(1)))
                .expectException(violationOf("publishedOn", "2026-11-24"))
                .expectNoEvents();
    }

    // closing

    @Test
    void a_forum_is_closed_today() {
        fixture.given(network())
                .when(new CloseForumCommand(FORUM))
                .expectEvents(new ForumClosedEvent(FORUM, TODAY));
    }

    @Test
    void a_closed_forum_refuses_every_step() {
        List<Object> steps = List.of(
                new AppointCoordinatorCommand(FORUM, "c-1", "SSP-konsulent", "0259", 0, null),
                new AddMemberCommand(FORUM, "m-2", "0259", "SSP-konsulent", TODAY),
                new RecordMemberLeavingCommand(FORUM, "m-1"),
                new RecordMeetingCommand(FORUM, "mt-1", TODAY, "Møde", List.of()),
                new ReportYearlyStatusCommand(FORUM, 2026, "Status"),
                new PublishProductCommand(FORUM, "p-1", "Drejebog", "Til forældremøder", TODAY),
                new CloseForumCommand(FORUM));
        for (Object step : steps) {
            fixture.given(network(), joined("m-1"), new ForumClosedEvent(FORUM, TODAY))
                    .when(step)
                    .expectException(predicate((ForumConflictException e) -> e.currentStatus() == ForumStatus.CLOSED))
                    .expectNoEvents();
        }
    }

    private static ForumEstablishedEvent network() {
        return networkEstablishedOn(START.toString());
    }

    private static ForumEstablishedEvent networkEstablishedOn(String day) {
        return new ForumEstablishedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK, "Erfaringsnetværk Sjælland", null,
                LocalDate.parse(day));
    }

    private static ForumEstablishedEvent professionalForum() {
        return new ForumEstablishedEvent(FORUM, ForumKind.PROFESSIONAL_FORUM, "Fagforum for digital dannelse",
                "Rådgiver bestyrelsen", START);
    }

    private static MemberJoinedEvent joined(String memberId) {
        return new MemberJoinedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK, memberId, "0336", "SSP-koordinator", START,
                START.plusYears(1).minusDays(1));
    }

    private static MeetingHeldEvent held(String meetingId, String day) {
        return new MeetingHeldEvent(FORUM, meetingId, LocalDate.parse(day), "Møde", List.of());
    }

    private static org.hamcrest.Matcher<ForumRuleViolation> violationOf(String field) {
        return predicate((ForumRuleViolation e) -> e.field().equals(field));
    }

    private static org.hamcrest.Matcher<ForumRuleViolation> violationOf(String field, String value) {
        return predicate((ForumRuleViolation e) -> e.field().equals(field) && value.equals(e.value()));
    }
}
