package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.national.GatheringParticipants;
import dk.samspil.contracts.national.GatheringPlanned;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectPilotMunicipalityLeft;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.testing.ActionPlanEvents;
import dk.samspil.platform.testing.FundingPoolEvents;
import dk.samspil.platform.testing.InitiativeEvents;
import dk.samspil.platform.testing.TestPostgres;
import dk.samspil.platform.web.ApiProblem;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The timeline against a real PostgreSQL: what a picture at a moment holds, and what it refuses. */
class ActivityTimelineTest {

    private static final Instant OCTOBER = Instant.parse("2026-10-05T09:00:00Z");
    private static final Instant NOVEMBER = Instant.parse("2026-11-10T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
    private static final String STEVNS = "0336";
    private static final String KOEGE = "0259";
    private static final String COPENHAGEN = "0101";
    private static final String MIDT_VESTSJAELLAND = "1467";
    private static final String KOEBENHAVN = "1470";

    private ActivityTimeline timeline;

    @BeforeEach
    void freshDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabaseUrl("timeline"));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/timeline").load().migrate();
        timeline = new ActivityTimeline(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource), CLOCK);
    }

    @Test
    void a_picture_holds_what_had_happened_by_its_moment() {
        timeline.apply(InitiativeEvents.registered("i-1", STEVNS, PreventionLevel.BUILDING, OCTOBER));
        timeline.apply(InitiativeEvents.approved("i-1", STEVNS, 1, NOVEMBER));

        assertThat(stevns(timeline.pictureAt(OCTOBER)).initiatives().byStatus())
                .containsEntry(InitiativeStatus.SUBMITTED, 1L).containsEntry(InitiativeStatus.APPROVED, 0L);
        assertThat(stevns(timeline.pictureAt(NOVEMBER)).initiatives().byStatus())
                .containsEntry(InitiativeStatus.SUBMITTED, 0L).containsEntry(InitiativeStatus.APPROVED, 1L);
        assertThat(timeline.pictureAt(OCTOBER.minusSeconds(1)).totals().initiatives().initiatives()).isZero();
    }

    @Test
    void an_event_applied_twice_counts_once() {
        EventEnvelope<?> registered = InitiativeEvents.registered("i-1", STEVNS, PreventionLevel.BUILDING, OCTOBER);

        assertThat(timeline.apply(registered)).isTrue();
        assertThat(timeline.apply(registered)).isFalse();

        assertThat(timeline.pictureAt(NOW).totals().initiatives().initiatives()).isEqualTo(1);
    }

    @Test
    void the_pool_and_action_plan_of_a_moment_are_those_of_its_year_and_overdue_is_judged_on_its_day() {
        timeline.apply(FundingPoolEvents.opened(STEVNS, 2026, 500_000, OCTOBER));
        timeline.apply(ActionPlanEvents.proposed("plan-1", STEVNS, 2026, OCTOBER));
        timeline.apply(ActionPlanEvents.adopted("plan-1", STEVNS, 1, LocalDate.of(2025, 11, 1), OCTOBER));

        ActivityTotals stevns = stevns(timeline.pictureAt(NOVEMBER));
        assertThat(stevns.pool().amount()).isEqualTo(500_000);
        assertThat(stevns.actionPlans().withCurrentAdoptedPlan()).isEqualTo(1);
        assertThat(stevns.actionPlans().followUpsOverdue()).isEqualTo(1);
        assertThat(stevns(timeline.pictureAt(OCTOBER.minusSeconds(60))).actionPlans().withCurrentAdoptedPlan()).isZero();
    }

    @Test
    void concerns_count_where_raised_and_in_the_districts_they_were_escalated_to() {
        timeline.apply(concern(EventTypes.CONCERN_RAISED, 0, OCTOBER, new ConcernRaised("c-1", STEVNS, "Knallertkørsel",
                "Grupper kører om aftenen", List.of(Theme.YOUTH_GROUPS), ConcernSeverity.WATCH, List.of(STEVNS), List.of(),
                LocalDate.of(2026, 10, 1), ConcernStatus.RAISED)));
        timeline.apply(concern(EventTypes.CONCERN_ESCALATED, 1, NOVEMBER, new ConcernEscalated("c-1", STEVNS,
                List.of(KOEBENHAVN), "Også i København", List.of(KOEBENHAVN), ConcernStatus.ESCALATED)));

        TimelinePicture november = timeline.pictureAt(NOVEMBER);
        assertThat(district(november, MIDT_VESTSJAELLAND).cooperation().concerns())
                .isEqualTo(new ConcernFigures(1, 1, 0, 1));
        assertThat(district(november, KOEBENHAVN).cooperation().concerns().escalatedToDistrict()).isEqualTo(1);

        timeline.apply(concern(EventTypes.CONCERN_RESOLVED, 2, NOW,
                new ConcernResolved("c-1", STEVNS, "Aftalt med politiet", ConcernStatus.RESOLVED)));
        assertThat(district(timeline.pictureAt(NOW), MIDT_VESTSJAELLAND).cooperation().concerns().open()).isZero();
        assertThat(district(timeline.pictureAt(NOVEMBER), MIDT_VESTSJAELLAND).cooperation().concerns().open()).isEqualTo(1);
    }

    @Test
    void a_pilot_municipality_counts_in_its_district_until_it_leaves() {
        timeline.apply(pilot(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, 1, OCTOBER,
                new ProjectPilotMunicipalityInvited("p-1", "Forældresamarbejde", STEVNS, MIDT_VESTSJAELLAND,
                        PilotMunicipalityRole.PILOT)));
        timeline.apply(pilot(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, 2, OCTOBER,
                new ProjectPilotMunicipalityInvited("p-1", "Forældresamarbejde", COPENHAGEN, KOEBENHAVN,
                        PilotMunicipalityRole.CO_DEVELOPER)));
        timeline.apply(pilot(EventTypes.PROJECT_PILOT_MUNICIPALITY_JOINED, 3, NOVEMBER,
                new ProjectPilotMunicipalityJoined("p-1", "Forældresamarbejde", STEVNS, MIDT_VESTSJAELLAND,
                        PilotMunicipalityRole.PILOT)));
        timeline.apply(pilot(EventTypes.PROJECT_PILOT_MUNICIPALITY_LEFT, 4, NOW,
                new ProjectPilotMunicipalityLeft("p-1", "Forældresamarbejde", COPENHAGEN, KOEBENHAVN,
                        PilotMunicipalityRole.CO_DEVELOPER)));

        TimelinePicture october = timeline.pictureAt(OCTOBER);
        assertThat(district(october, MIDT_VESTSJAELLAND).cooperation().pilots()).isEqualTo(new PilotFigures(1, 0, 1, List.of("p-1")));
        assertThat(district(october, KOEBENHAVN).cooperation().pilots()).isEqualTo(new PilotFigures(1, 0, 1, List.of("p-1")));
        TimelinePicture now = timeline.pictureAt(NOW);
        assertThat(district(now, MIDT_VESTSJAELLAND).cooperation().pilots()).isEqualTo(new PilotFigures(0, 1, 1, List.of("p-1")));
        assertThat(district(now, KOEBENHAVN).cooperation().pilots()).isEqualTo(new PilotFigures(0, 0, 0, List.of()));
        assertThat(now.cooperation().pilots().municipalities()).isEqualTo(1);
    }

    @Test
    void a_held_gathering_counts_in_its_district_and_its_participants_in_their_own() {
        timeline.apply(gathering(EventTypes.GATHERING_PLANNED, "g-1", 0, OCTOBER, new GatheringPlanned("g-1",
                GatheringKind.THEME_DAY, MIDT_VESTSJAELLAND, "Unge og nikotin", LocalDate.of(2026, 11, 10), "SSP-Samrådet")));
        timeline.apply(gathering(EventTypes.GATHERING_HELD, "g-1", 1, NOVEMBER, new GatheringHeld("g-1",
                GatheringKind.THEME_DAY, MIDT_VESTSJAELLAND, "Unge og nikotin", LocalDate.of(2026, 11, 10),
                List.of(new GatheringParticipants(STEVNS, MIDT_VESTSJAELLAND, 14),
                        new GatheringParticipants(COPENHAGEN, KOEBENHAVN, 3)), 17)));
        timeline.apply(gathering(EventTypes.GATHERING_HELD, "g-2", 1, NOVEMBER, new GatheringHeld("g-2",
                GatheringKind.WEBINAR, null, "Digital dannelse", LocalDate.of(2026, 11, 10),
                List.of(new GatheringParticipants(KOEGE, MIDT_VESTSJAELLAND, 40)), 40)));

        assertThat(district(timeline.pictureAt(OCTOBER), MIDT_VESTSJAELLAND).cooperation().gatherings().heldInAll()).isZero();
        TimelinePicture november = timeline.pictureAt(NOVEMBER);
        GatheringFigures midtVest = district(november, MIDT_VESTSJAELLAND).cooperation().gatherings();
        assertThat(midtVest.held()).containsEntry(GatheringKind.THEME_DAY, 1L).containsEntry(GatheringKind.WEBINAR, 0L);
        assertThat(midtVest.participants()).isEqualTo(54);
        assertThat(district(november, KOEBENHAVN).cooperation().gatherings().participants()).isEqualTo(3);
        assertThat(november.nationalGatherings().held()).containsEntry(GatheringKind.WEBINAR, 1L);
        assertThat(november.cooperation().gatherings().heldInAll()).isEqualTo(2);
        assertThat(november.cooperation().gatherings().participants()).isEqualTo(57);
    }

    @Test
    void months_end_with_what_had_happened_by_then() {
        timeline.apply(InitiativeEvents.registered("i-1", STEVNS, PreventionLevel.BUILDING, OCTOBER));
        timeline.apply(InitiativeEvents.registered("i-2", STEVNS, PreventionLevel.PREVENTIVE, NOVEMBER));
        timeline.apply(InitiativeEvents.registered("i-3", COPENHAGEN, PreventionLevel.PREVENTIVE, NOVEMBER));

        List<MonthPicture> months = timeline.months(YearMonth.of(2026, 10), YearMonth.of(2026, 11));

        assertThat(months).extracting(MonthPicture::month)
                .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(months).extracting(month -> stevns(month.atEnd()).initiatives().initiatives()).containsExactly(0L, 1L, 2L);
        assertThat(months.get(2).atEnd().totals().initiatives().initiatives()).isEqualTo(3);
        assertThat(months.get(2).atEnd().asOf()).isEqualTo(NOW);
    }

    @Test
    void as_of_is_a_date_or_a_moment_between_the_first_event_and_now() {
        timeline.apply(InitiativeEvents.registered("i-1", STEVNS, PreventionLevel.BUILDING, OCTOBER));

        assertThat(timeline.asOf("2026-10-05")).isEqualTo(Instant.parse("2026-10-05T21:59:59.999999Z"));
        assertThat(timeline.asOf("2026-11-23")).isEqualTo(NOW);
        assertThat(timeline.asOf("2026-10-05T09:00:00Z")).isEqualTo(OCTOBER);
        assertThat(problem(() -> timeline.asOf("2026-10-04")).toProblemDetail().getProperties())
                .containsEntry("field", "asOf").containsEntry("validFrom", OCTOBER.toString())
                .containsEntry("validTo", NOW.toString());
        assertThat(problem(() -> timeline.asOf("2026-11-24")).toProblemDetail().getStatus()).isEqualTo(422);
        assertThat(problem(() -> timeline.asOf("30-06-2026")).toProblemDetail().getStatus()).isEqualTo(400);
    }

    @Test
    void as_of_before_any_event_is_refused() {
        assertThat(problem(() -> timeline.asOf("2026-11-23")).toProblemDetail().getStatus()).isEqualTo(422);
    }

    @Test
    void an_event_naming_an_unknown_municipality_is_malformed() {
        assertThatThrownBy(() -> timeline.apply(InitiativeEvents.registered("i-1", "0999", PreventionLevel.BUILDING, OCTOBER)))
                .isInstanceOf(MalformedEventException.class);
        assertThat(timeline.isEmpty()).isTrue();
    }

    private static ApiProblem problem(Runnable call) {
        try {
            call.run();
        } catch (ApiProblem problem) {
            return problem;
        }
        throw new AssertionError("No problem raised");
    }

    private static ActivityTotals stevns(TimelinePicture picture) {
        return district(picture, MIDT_VESTSJAELLAND).activity().municipalities().stream()
                .filter(municipality -> municipality.code().equals(STEVNS)).findFirst()
                .map(municipality -> ActivityTotals.of(List.of(municipality.activity()))).orElseThrow();
    }

    private static DistrictPicture district(TimelinePicture picture, String code) {
        return picture.district(code).orElseThrow();
    }

    private static <T> EventEnvelope<T> concern(EventType<T> type, long sequence, Instant time, T payload) {
        return new EventEnvelope<>("c-1#" + sequence, type, Sources.municipality(STEVNS), "c-1",
                time.atOffset(ZoneOffset.UTC), sequence, payload);
    }

    private static <T> EventEnvelope<T> pilot(EventType<T> type, long sequence, Instant time, T payload) {
        return new EventEnvelope<>("p-1#" + sequence, type, Sources.nationalAssociation(), "p-1",
                time.atOffset(ZoneOffset.UTC), sequence, payload);
    }

    private static <T> EventEnvelope<T> gathering(EventType<T> type, String id, long sequence, Instant time, T payload) {
        return new EventEnvelope<>(id + "#" + sequence, type, Sources.nationalAssociation(), id,
                time.atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
