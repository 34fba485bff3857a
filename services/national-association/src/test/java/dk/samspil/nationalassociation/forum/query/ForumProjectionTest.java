package dk.samspil.nationalassociation.forum.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.national.ForumKind;
import dk.samspil.nationalassociation.forum.command.CoordinatorAppointedEvent;
import dk.samspil.nationalassociation.forum.command.ForumClosedEvent;
import dk.samspil.nationalassociation.forum.command.ForumEstablishedEvent;
import dk.samspil.nationalassociation.forum.command.ForumStatus;
import dk.samspil.nationalassociation.forum.command.MeetingHeldEvent;
import dk.samspil.nationalassociation.forum.command.MemberJoinedEvent;
import dk.samspil.nationalassociation.forum.command.MemberLeftEvent;
import dk.samspil.nationalassociation.forum.command.MembershipYear;
import dk.samspil.nationalassociation.forum.command.ProductPublishedEvent;
import dk.samspil.nationalassociation.forum.command.YearlyStatusReportedEvent;
import dk.samspil.platform.testing.TestMongoServer;
import dk.samspil.platform.testing.TestSealer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ForumProjectionTest {

    private static final String FORUM = "f-1";
    private static final LocalDate START = LocalDate.parse("2025-10-01");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final TestSealer sealer = new TestSealer();
    private MongoClient client;
    private ForumProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new ForumProjection(client.getDatabase("forums-" + UUID.randomUUID()),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen")), sealer);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void an_unknown_forum_is_not_there() {
        assertThat(projection.handle(new FetchForumQuery("nope"))).isEmpty();
        assertThat(projection.handle(new FetchForumsQuery())).isEmpty();
    }

    @Test
    void a_forum_shows_its_people_meetings_of_this_membership_year_statuses_and_products() {
        projection.on(established(), 0);
        projection.on(new CoordinatorAppointedEvent(FORUM, "c-1", "SSP-konsulent", "0259", 25_000,
                sealer.sealed("0259", "Mette Hansen", "Mette Hansen"), START), 1);
        projection.on(new MemberJoinedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK, "m-1", "0336", "SSP-koordinator",
                START, START.plusYears(1).minusDays(1)), 2);
        projection.on(new MemberJoinedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK, "m-2", "0101", "SSP-konsulent",
                START.plusDays(1), START.plusYears(1)), 3);
        projection.on(new MemberLeftEvent(FORUM, "m-2", "0101", TODAY), 4);
        projection.on(new MeetingHeldEvent(FORUM, "mt-1", LocalDate.parse("2026-09-15"), "Sidste år",
                List.of("0336")), 5);
        projection.on(new MeetingHeldEvent(FORUM, "mt-2", LocalDate.parse("2026-10-15"), "Forældremøder",
                List.of("0259", "0336")), 6);
        projection.on(new ProductPublishedEvent(FORUM, "p-1", "Drejebog", "Til forældremøder",
                LocalDate.parse("2026-10-20")), 7);

        ForumView forum = projection.handle(new FetchForumQuery(FORUM)).orElseThrow();

        assertThat(forum.kindLabel()).isEqualTo("erfaringsnetværk");
        assertThat(forum.statusLabel()).isEqualTo("aktiv");
        assertThat(forum.membershipYear()).isEqualTo(new MembershipYear(LocalDate.parse("2026-10-01"),
                LocalDate.parse("2027-09-30")));
        assertThat(forum.meetingsThisMembershipYear()).isEqualTo(1);
        assertThat(forum.meetings()).extracting(ForumView.Meeting::meetingId).containsExactly("mt-1", "mt-2");
        assertThat(forum.activeMembers()).isEqualTo(1);
        assertThat(forum.members()).containsExactly(
                new ForumView.Member("m-1", "0336", "Stevns", "1467", "SSP-koordinator", START,
                        LocalDate.parse("2026-09-30"), null),
                new ForumView.Member("m-2", "0101", "København", "1470", "SSP-konsulent", START.plusDays(1),
                        START.plusYears(1), TODAY));
        assertThat(forum.coordinators()).containsExactly(new ForumView.Coordinator("c-1", "SSP-konsulent", "0259",
                "Køge", 25_000, "Mette Hansen", START));
        assertThat(forum.products()).containsExactly(new ForumView.Product("p-1", "Drejebog", "Til forældremøder",
                LocalDate.parse("2026-10-20")));
    }

    @Test
    void an_erased_coordinator_s_contact_name_reads_as_erased_and_one_from_before_sealing_as_it_was() {
        projection.on(established(), 0);
        projection.on(new CoordinatorAppointedEvent(FORUM, "c-1", "SSP-konsulent", "0259", 25_000,
                sealer.sealed("0259", "Mette Hansen", "Mette Hansen"), START), 1);
        projection.on(new CoordinatorAppointedEvent(FORUM, "c-2", "SSP-konsulent", "0336", 0, "Hans Gammel", START), 2);

        sealer.erase("0259", "Mette Hansen");

        assertThat(projection.handle(new FetchForumQuery(FORUM)).orElseThrow().coordinators())
                .extracting(ForumView.Coordinator::contactName).containsExactly("[slettet]", "Hans Gammel");
    }

    @Test
    void the_yearly_status_is_overdue_twelve_months_after_the_start_until_reported() {
        projection.on(established(), 0);
        ForumView before = projection.handle(new FetchForumQuery(FORUM)).orElseThrow();
        assertThat(before.yearlyStatusDueOn()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(before.yearlyStatusOverdue()).isTrue();
        assertThat(projection.handle(new FetchForumsQuery())).extracting(ForumSummary::yearlyStatusOverdue)
                .containsExactly(true);

        projection.on(new YearlyStatusReportedEvent(FORUM, 2026, "Fem møder", TODAY, TODAY.plusMonths(12)), 1);

        ForumView after = projection.handle(new FetchForumQuery(FORUM)).orElseThrow();
        assertThat(after.yearlyStatusDueOn()).isEqualTo(LocalDate.parse("2027-11-23"));
        assertThat(after.yearlyStatusOverdue()).isFalse();
        assertThat(after.yearlyStatuses()).containsExactly(new ForumView.YearlyStatus(2026, "Fem møder", TODAY));
    }

    @Test
    void a_closed_forum_is_never_overdue() {
        projection.on(established(), 0);
        projection.on(new ForumClosedEvent(FORUM, TODAY), 1);

        ForumView forum = projection.handle(new FetchForumQuery(FORUM)).orElseThrow();
        assertThat(forum.status()).isEqualTo(ForumStatus.CLOSED);
        assertThat(forum.closedOn()).isEqualTo(TODAY);
        assertThat(forum.yearlyStatusOverdue()).isFalse();
    }

    @Test
    void redelivered_events_change_nothing() {
        projection.on(established(), 0);
        MeetingHeldEvent meeting = new MeetingHeldEvent(FORUM, "mt-1", TODAY, "Møde", List.of("0336"));
        projection.on(meeting, 1);
        projection.on(meeting, 1);
        projection.on(established(), 0);

        ForumView forum = projection.handle(new FetchForumQuery(FORUM)).orElseThrow();
        assertThat(forum.meetings()).hasSize(1);
        assertThat(forum.name()).isEqualTo("Erfaringsnetværk Sjælland");
    }

    @Test
    void the_list_shows_every_forum_by_name() {
        projection.on(established(), 0);
        projection.on(new ForumEstablishedEvent("f-2", ForumKind.PROFESSIONAL_FORUM, "Digital dannelse",
                "Rådgiver bestyrelsen", TODAY), 0);

        assertThat(projection.handle(new FetchForumsQuery())).extracting(ForumSummary::name, ForumSummary::kindLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Digital dannelse", "fagforum"),
                        org.assertj.core.groups.Tuple.tuple("Erfaringsnetværk Sjælland", "erfaringsnetværk"));
    }

    private static ForumEstablishedEvent established() {
        return new ForumEstablishedEvent(FORUM, ForumKind.EXPERIENCE_NETWORK, "Erfaringsnetværk Sjælland", null, START);
    }
}
