package dk.samspil.districtcouncil.council.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.districtcouncil.AgendaItemKind;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.districtcouncil.council.command.CooperationPlanDraftedEvent;
import dk.samspil.districtcouncil.council.command.CooperationPlanPublishedEvent;
import dk.samspil.districtcouncil.council.command.CooperationPlanStatus;
import dk.samspil.districtcouncil.council.command.DecisionAssignedEvent;
import dk.samspil.districtcouncil.council.command.DecisionMadeEvent;
import dk.samspil.districtcouncil.council.command.DistrictPrioritiesSetEvent;
import dk.samspil.districtcouncil.council.command.DistrictPriority;
import dk.samspil.districtcouncil.council.command.MeetingAgendaItem;
import dk.samspil.districtcouncil.council.command.MeetingScheduledEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictCouncilProjectionTest {

    private static final String DISTRICT = "1467";
    private static final LocalDate START = LocalDate.parse("2027-01-01");
    private static final LocalDate END = LocalDate.parse("2028-12-31");
    private static final LocalDate MEETING_DAY = LocalDate.parse("2026-11-23");
    private static final LocalDate DUE = LocalDate.parse("2027-01-31");

    private MongoClient client;
    private DistrictCouncilProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new DistrictCouncilProjection(client.getDatabase("district-councils-" + UUID.randomUUID()),
                LocalCouncils.defaults());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_council_without_events_has_no_priorities_no_plan_and_no_meetings() {
        DistrictCouncilView council = council();

        assertThat(council.districtName()).isEqualTo("Midt- og Vestsjællands Politi");
        assertThat(council.priorities()).isNull();
        assertThat(council.cooperationPlan()).isEqualTo(new DistrictCouncilView.CooperationPlan(
                CooperationPlanStatus.NONE, "intet udkast", null, null, null));
        assertThat(council.meetings()).isEmpty();
        assertThat(projection.handle(new FetchPublishedCooperationPlanQuery(DISTRICT))).isEmpty();
        assertThat(projection.handle(new FetchCooperationPlanDraftQuery(DISTRICT))).isEmpty();
    }

    @Test
    void shows_the_latest_priorities_with_theme_labels() {
        projection.on(new DistrictPrioritiesSetEvent(DISTRICT, START, END,
                List.of(new DistrictPriority(Theme.ALCOHOL, "Færre fulde unge"))), 0);
        projection.on(new DistrictPrioritiesSetEvent(DISTRICT, START, END,
                List.of(new DistrictPriority(Theme.NICOTINE_PRODUCTS, "Færre unge bruger snus"))), 1);

        assertThat(council().priorities()).isEqualTo(new DistrictCouncilView.Priorities(START, END, List.of(
                new DistrictCouncilView.Priority("NICOTINE_PRODUCTS", "nikotinprodukter", "Færre unge bruger snus"))));
    }

    @Test
    void follows_the_plan_from_draft_to_publication_and_the_next_draft() {
        projection.on(drafted(1), 0);
        assertThat(council().cooperationPlan().status()).isEqualTo(CooperationPlanStatus.DRAFTED);
        assertThat(projection.handle(new FetchPublishedCooperationPlanQuery(DISTRICT))).isEmpty();

        projection.on(new CooperationPlanPublishedEvent(DISTRICT, 1, "Samarbejdsplan", START, END, "Tekst 1", MEETING_DAY), 1);
        projection.on(drafted(2), 2);

        assertThat(council().cooperationPlan()).isEqualTo(new DistrictCouncilView.CooperationPlan(
                CooperationPlanStatus.DRAFTED, "udkast", 2, 1, MEETING_DAY));
        assertThat(projection.handle(new FetchPublishedCooperationPlanQuery(DISTRICT))).contains(new CooperationPlanView(
                DISTRICT, "Midt- og Vestsjællands Politi", 1, "Samarbejdsplan", START, END, "Tekst 1", MEETING_DAY));
        assertThat(projection.handle(new FetchCooperationPlanDraftQuery(DISTRICT))).contains(new CooperationPlanView(
                DISTRICT, "Midt- og Vestsjællands Politi", 2, "Samarbejdsplan", START, END, "Tekst 2", null));
    }

    @Test
    void shows_meetings_with_agendas_and_decisions_with_their_local_councils() {
        projection.on(meeting("m-2", MEETING_DAY.plusMonths(1)), 0);
        projection.on(meeting("m-1", MEETING_DAY), 1);
        projection.on(decided("d-1", "m-1", List.of("LR-0336")), 2);
        projection.on(assigned("d-1", List.of("LR-0336", "LR-0329")), 3);

        List<DistrictCouncilView.Meeting> meetings = council().meetings();
        assertThat(meetings).extracting(DistrictCouncilView.Meeting::meetingId).containsExactly("m-1", "m-2");
        assertThat(meetings.get(0).agenda()).containsExactly(new DistrictCouncilView.AgendaItem("LOCAL_REPORT",
                "lokalrapport", "r-1", "Lokalrapport fra Stevns"));
        assertThat(meetings.get(0).decisions()).containsExactly(new DistrictCouncilView.Decision("d-1", "Forældremøder",
                "Forældremøder om nikotinprodukter", List.of("NICOTINE_PRODUCTS"), List.of("nikotinprodukter"),
                List.of(new DistrictCouncilView.AssignedLocalCouncil("LR-0336", "Lokalråd Stevns"),
                        new DistrictCouncilView.AssignedLocalCouncil("LR-0329", "Lokalråd Ringsted")),
                DUE));
        assertThat(meetings.get(1).decisions()).isEmpty();
    }

    @Test
    void an_event_delivered_again_changes_nothing() {
        projection.on(drafted(1), 0);
        projection.on(drafted(2), 1);
        projection.on(drafted(1), 0);
        projection.on(meeting("m-1", MEETING_DAY), 2);
        projection.on(decided("d-1", "m-1", List.of("LR-0336")), 3);
        projection.on(assigned("d-1", List.of("LR-0336", "LR-0329")), 4);
        projection.on(decided("d-1", "m-1", List.of("LR-0336")), 3);

        assertThat(council().cooperationPlan().draftVersion()).isEqualTo(2);
        assertThat(council().meetings().get(0).decisions().get(0).localCouncils())
                .extracting(DistrictCouncilView.AssignedLocalCouncil::localCouncilId)
                .containsExactly("LR-0336", "LR-0329");
    }

    @Test
    void another_district_sees_none_of_it() {
        projection.on(drafted(1), 0);
        projection.on(meeting("m-1", MEETING_DAY), 1);

        DistrictCouncilView copenhagen = projection.handle(new FetchDistrictCouncilQuery("1470"));
        assertThat(copenhagen.meetings()).isEmpty();
        assertThat(copenhagen.cooperationPlan().status()).isEqualTo(CooperationPlanStatus.NONE);
    }

    @Test
    void a_reset_empties_the_read_model() {
        projection.on(drafted(1), 0);
        projection.on(meeting("m-1", MEETING_DAY), 1);

        projection.reset();

        assertThat(council().meetings()).isEmpty();
        assertThat(council().cooperationPlan().status()).isEqualTo(CooperationPlanStatus.NONE);
    }

    private DistrictCouncilView council() {
        return projection.handle(new FetchDistrictCouncilQuery(DISTRICT));
    }

    private static CooperationPlanDraftedEvent drafted(int version) {
        return new CooperationPlanDraftedEvent(DISTRICT, version, "Samarbejdsplan", START, END, "Tekst " + version);
    }

    private static MeetingScheduledEvent meeting(String meetingId, LocalDate date) {
        return new MeetingScheduledEvent(DISTRICT, meetingId, date,
                List.of(new MeetingAgendaItem(AgendaItemKind.LOCAL_REPORT, "r-1", "Lokalrapport fra Stevns")));
    }

    private static DecisionMadeEvent decided(String decisionId, String meetingId, List<String> localCouncilIds) {
        return new DecisionMadeEvent(DISTRICT, meetingId, decisionId, "Forældremøder",
                "Forældremøder om nikotinprodukter", List.of(Theme.NICOTINE_PRODUCTS), localCouncilIds, DUE);
    }

    private static DecisionAssignedEvent assigned(String decisionId, List<String> all) {
        return new DecisionAssignedEvent(DISTRICT, decisionId, "Forældremøder", "Forældremøder om nikotinprodukter",
                all.subList(all.size() - 1, all.size()), all, DUE);
    }
}
