package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectStatus;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.districtcouncil.Priority;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.activity.ActivityReadModel;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static dk.samspil.contracts.national.PilotMunicipalityRole.CO_DEVELOPER;
import static dk.samspil.contracts.national.PilotMunicipalityRole.PILOT;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernConfirmed;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernEscalated;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernRaised;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernResolved;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.concernUpdated;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.decisionAssigned;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.decisionMade;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.implementationReported;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.localActivity;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.localReport;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.meetingScheduled;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotInvited;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotJoined;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.pilotLeft;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.planPublished;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.prioritiesSet;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectGrantApplied;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectMilestoneSet;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectProposed;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectStarted;
import static dk.samspil.districtcouncil.dashboard.CoordinationEvents.projectStopped;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's coordination sections against the Mongo-wire server, events applied as the consumer applies them. */
class CoordinationProjectionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String PARENTS = "Forældresamarbejde 2026-2028";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2028, 12, 31);

    private MongoClient client;
    private ActivityReadModel activity;
    private CoordinationReadModel coordination;
    private DistrictDashboardProjection projection;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("district-coordination"));
        MongoDatabase database = client.getDatabase("district-coordination-" + UUID.randomUUID());
        Clock clock = Clock.fixed(MONDAY, ZoneId.of("Europe/Copenhagen"));
        activity = new ActivityReadModel(database, clock);
        coordination = new CoordinationReadModel(database, LocalCouncils.defaults());
        projection = new DistrictDashboardProjection(activity, coordination, clock);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void concerns_raised_in_the_district_escalated_to_it_and_from_elsewhere_are_listed_apart() {
        on(concernRaised("c-stevns", "0336", "Unge samles ved stationen", List.of(Theme.YOUTH_GROUPS),
                ConcernSeverity.WATCH, List.of("0336"), List.of()));
        on(concernEscalated("c-stevns", 1, "0336", List.of("1467"), List.of("1467")));
        on(concernRaised("c-faxe", "0320", "Salg af hash ved skolen", List.of(Theme.CANNABIS), ConcernSeverity.ALERT,
                List.of("0320", "0336"), List.of()));
        on(concernRaised("c-faxe-district", "0320", "Knive i nattelivet", List.of(Theme.VIOLENCE_AND_WEAPONS),
                ConcernSeverity.INFO, List.of("0320"), List.of("1467")));
        on(concernRaised("c-copenhagen", "0101", "Graffiti", List.of(Theme.VANDALISM), ConcernSeverity.INFO,
                List.of("0101"), List.of()));

        DistrictConcerns concerns = dashboard("1467").concerns();

        assertThat(concerns.raisedInDistrict()).extracting(ConcernItem::concernId).containsExactly("c-stevns");
        assertThat(concerns.escalatedToDistrict()).extracting(ConcernItem::concernId).containsExactly("c-stevns");
        assertThat(concerns.fromElsewhere()).extracting(ConcernItem::concernId)
                .containsExactlyInAnyOrder("c-faxe", "c-faxe-district");
        assertThat(concerns.openCount()).isEqualTo(3);
        assertThat(concerns.escalatedCount()).isEqualTo(1);
        ConcernItem stevns = concerns.escalatedToDistrict().get(0);
        assertThat(stevns).isEqualTo(new ConcernItem("c-stevns", "Unge samles ved stationen", List.of(Theme.YOUTH_GROUPS),
                List.of("ungegrupper"), ConcernSeverity.WATCH, "skærpet opmærksomhed", ConcernStatus.ESCALATED,
                "eskaleret", "0336", "Stevns", List.of("0336"), List.of("1467")));
        DistrictConcerns faxeDistrict = dashboard("1466").concerns();
        assertThat(faxeDistrict.raisedInDistrict()).extracting(ConcernItem::concernId)
                .containsExactlyInAnyOrder("c-faxe", "c-faxe-district");
        assertThat(faxeDistrict.fromElsewhere()).isEmpty();
        assertThat(faxeDistrict.escalatedToDistrict()).isEmpty();
    }

    @Test
    void a_confirmation_from_the_district_brings_a_concern_from_elsewhere_onto_its_dashboard() {
        on(concernRaised("c-1", "0320", "Unge i skoven", List.of(Theme.YOUTH_GROUPS), ConcernSeverity.INFO,
                List.of("0320"), List.of()));
        assertThat(dashboard("1467").concerns().fromElsewhere()).isEmpty();

        on(concernConfirmed("c-1", 1, "0320", "0336", List.of("0320", "0336"), List.of(), ConcernStatus.RAISED));

        assertThat(dashboard("1467").concerns().fromElsewhere()).singleElement().satisfies(concern -> {
            assertThat(concern.municipalityCodes()).containsExactly("0320", "0336");
            assertThat(concern.raisedByName()).isEqualTo("Faxe");
        });
    }

    @Test
    void a_resolved_concern_leaves_the_dashboard() {
        on(concernRaised("c-1", "0336", "Unge ved havnen", List.of(Theme.YOUTH_GROUPS), ConcernSeverity.INFO,
                List.of("0336"), List.of()));
        on(concernEscalated("c-1", 1, "0336", List.of("1467"), List.of("1467")));

        on(concernResolved("c-1", 2, "0336"));

        DistrictConcerns concerns = dashboard("1467").concerns();
        assertThat(concerns.raisedInDistrict()).isEmpty();
        assertThat(concerns.escalatedToDistrict()).isEmpty();
        assertThat(concerns.openCount()).isZero();
    }

    @Test
    void the_same_concern_event_twice_changes_nothing() {
        on(concernRaised("c-1", "0336", "Unge ved havnen", List.of(Theme.YOUTH_GROUPS), ConcernSeverity.INFO,
                List.of("0336"), List.of()));
        assertThat(on(concernUpdated("c-1", 1, "0336", "0336", ConcernSeverity.ALERT, ConcernStatus.RAISED))).isTrue();

        assertThat(on(concernUpdated("c-1", 1, "0336", "0336", ConcernSeverity.ALERT, ConcernStatus.RAISED))).isFalse();
        assertThat(on(concernRaised("c-1", "0336", "Unge ved havnen", List.of(Theme.YOUTH_GROUPS), ConcernSeverity.INFO,
                List.of("0336"), List.of()))).isFalse();

        assertThat(dashboard("1467").concerns().raisedInDistrict()).singleElement()
                .satisfies(concern -> assertThat(concern.severityLabel()).isEqualTo("alarm"));
    }

    @Test
    void an_older_concern_event_arriving_late_changes_nothing() {
        on(concernRaised("c-1", "0336", "Unge ved havnen", List.of(Theme.YOUTH_GROUPS), ConcernSeverity.WATCH,
                List.of("0336"), List.of()));
        on(concernEscalated("c-1", 2, "0336", List.of("1467"), List.of("1467")));

        assertThat(on(concernUpdated("c-1", 1, "0336", "0336", ConcernSeverity.ALERT, ConcernStatus.RAISED))).isFalse();

        ConcernItem concern = dashboard("1467").concerns().escalatedToDistrict().get(0);
        assertThat(concern.status()).isEqualTo(ConcernStatus.ESCALATED);
        assertThat(concern.severity()).isEqualTo(ConcernSeverity.WATCH);
    }

    @Test
    void every_local_council_of_the_district_is_listed_with_its_latest_report() {
        on(localReport("LR-0336", 2, "1467", "r-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                List.of(new ThemeTrend(Theme.VANDALISM, Trend.UP, null)), List.of()));
        on(localReport("LR-0336", 4, "1467", "r-2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                List.of(new ThemeTrend(Theme.NICOTINE_PRODUCTS, Trend.UP, "Flere nikotinposer"),
                        new ThemeTrend(Theme.VANDALISM, Trend.DOWN, null)),
                List.of(new ReportFigure("anmeldelser om hærværk", 12))));

        List<LocalCouncilReport> reports = dashboard("1467").localReports();

        assertThat(reports).extracting(LocalCouncilReport::localCouncilId).hasSize(10).contains("LR-0336", "LR-0259");
        LocalCouncilReport stevns = report(reports, "LR-0336");
        assertThat(stevns.name()).isEqualTo("Lokalråd Stevns");
        assertThat(stevns.latestReport()).isEqualTo(new LocalReport("r-2", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30),
                List.of(new ThemeTrendItem(Theme.NICOTINE_PRODUCTS, "nikotinprodukter", Trend.UP, "stigende",
                                "Flere nikotinposer"),
                        new ThemeTrendItem(Theme.VANDALISM, "hærværk", Trend.DOWN, "faldende", null)),
                List.of(new ReportFigure("anmeldelser om hærværk", 12)), "Rapport r-2"));
        assertThat(report(reports, "LR-0259").latestReport()).isNull();
    }

    @Test
    void an_older_or_redelivered_local_report_does_not_replace_the_latest() {
        var latest = localReport("LR-0336", 4, "1467", "r-2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                List.of(new ThemeTrend(Theme.VANDALISM, Trend.DOWN, null)), List.of());
        on(latest);

        assertThat(on(latest)).isFalse();
        assertThat(on(localReport("LR-0336", 2, "1467", "r-1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                List.of(new ThemeTrend(Theme.VANDALISM, Trend.UP, null)), List.of()))).isFalse();

        assertThat(report(dashboard("1467").localReports(), "LR-0336").latestReport().reportId()).isEqualTo("r-2");
    }

    @Test
    void a_decision_shows_each_assigned_local_council_planned_until_it_reports() {
        on(decisionMade("1467", 3, "d-1", "Fælles indsats ved stationen", LocalDate.of(2027, 3, 1), List.of("LR-0336")));
        on(decisionAssigned("1467", 4, "d-1", "Fælles indsats ved stationen", LocalDate.of(2027, 3, 1),
                List.of("LR-0259"), List.of("LR-0336", "LR-0259")));
        on(implementationReported("LR-0336", 5, "1467", "d-1", DecisionImplementationStatus.IN_PROGRESS,
                "Nattevandring aftalt", LocalDate.of(2026, 11, 20)));

        assertThat(dashboard("1467").decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.title()).isEqualTo("Fælles indsats ved stationen");
            assertThat(decision.dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(decision.overdue()).isFalse();
            assertThat(decision.assignments()).containsExactly(
                    new DecisionAssignment("LR-0259", "Lokalråd Køge", DecisionImplementationStatus.PLANNED, "planlagt",
                            null, null),
                    new DecisionAssignment("LR-0336", "Lokalråd Stevns", DecisionImplementationStatus.IN_PROGRESS,
                            "i gang", "Nattevandring aftalt", LocalDate.of(2026, 11, 20)));
        });
        assertThat(dashboard("1466").decisions()).isEmpty();
    }

    @Test
    void a_report_that_arrives_before_the_decision_is_kept() {
        on(implementationReported("LR-0336", 5, "1467", "d-1", DecisionImplementationStatus.DONE, "Gennemført",
                LocalDate.of(2026, 11, 20)));
        assertThat(dashboard("1467").decisions()).isEmpty();

        on(decisionMade("1467", 3, "d-1", "Belysning ved hallen", LocalDate.of(2026, 11, 1), List.of("LR-0336")));

        DecisionItem decision = dashboard("1467").decisions().get(0);
        assertThat(decision.assignments()).extracting(DecisionAssignment::status)
                .containsExactly(DecisionImplementationStatus.DONE);
        assertThat(decision.overdue()).as("done by every council").isFalse();
    }

    @Test
    void a_decision_past_its_due_date_is_overdue_until_every_council_is_done() {
        on(decisionMade("1467", 3, "d-1", "Belysning ved hallen", LocalDate.of(2026, 11, 1),
                List.of("LR-0336", "LR-0259")));
        on(implementationReported("LR-0336", 5, "1467", "d-1", DecisionImplementationStatus.DONE, "Opsat",
                LocalDate.of(2026, 11, 20)));
        assertThat(dashboard("1467").decisions().get(0).overdue()).isTrue();

        on(implementationReported("LR-0259", 2, "1467", "d-1", DecisionImplementationStatus.DONE, "Opsat",
                LocalDate.of(2026, 11, 21)));

        assertThat(dashboard("1467").decisions().get(0).overdue()).isFalse();
    }

    @Test
    void an_older_or_redelivered_implementation_report_changes_nothing() {
        on(decisionMade("1467", 3, "d-1", "Belysning ved hallen", LocalDate.of(2027, 1, 1), List.of("LR-0336")));
        var done = implementationReported("LR-0336", 7, "1467", "d-1", DecisionImplementationStatus.DONE, "Opsat",
                LocalDate.of(2026, 11, 20));
        on(done);

        assertThat(on(done)).isFalse();
        assertThat(on(implementationReported("LR-0336", 6, "1467", "d-1", DecisionImplementationStatus.IN_PROGRESS,
                "Bestilt", LocalDate.of(2026, 11, 10)))).isFalse();
        assertThat(on(decisionMade("1467", 3, "d-1", "Belysning ved hallen", LocalDate.of(2027, 1, 1),
                List.of("LR-0336")))).isFalse();

        assertThat(dashboard("1467").decisions().get(0).assignments()).singleElement().satisfies(assignment -> {
            assertThat(assignment.status()).isEqualTo(DecisionImplementationStatus.DONE);
            assertThat(assignment.lastNote()).isEqualTo("Opsat");
        });
    }

    @Test
    void priorities_show_which_municipalities_address_them_with_initiatives() {
        on(registered("i-1", "0336", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, List.of("Hash", "Nattevandring"),
                10_000, MONDAY));
        on(registered("i-2", "0336", PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, List.of("rusmidler"), 10_000, MONDAY));
        on(registered("i-3", "0259", PreventionLevel.BUILDING, InitiativeScope.LOCAL, List.of("cannabis"), 10_000, MONDAY));
        on(registered("i-4", "0320", PreventionLevel.BUILDING, InitiativeScope.LOCAL, List.of("hash"), 10_000, MONDAY));
        on(prioritiesSet("1467", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new Priority(Theme.CANNABIS, "Færre unge prøver hash"),
                        new Priority(Theme.GAMBLING_AND_SKINS, "Viden om skins i udskolingen"))));

        DistrictPriorities priorities = dashboard("1467").priorities();

        assertThat(priorities.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        PriorityCoverage cannabis = priorities.items().get(0);
        assertThat(cannabis.themeLabel()).isEqualTo("hash og andre stoffer");
        assertThat(cannabis.goal()).isEqualTo("Færre unge prøver hash");
        assertThat(cannabis.municipalities()).hasSize(10)
                .contains(new MunicipalityCoverage("0336", "Stevns", 2), new MunicipalityCoverage("0259", "Køge", 1),
                        new MunicipalityCoverage("0253", "Greve", 0));
        assertThat(cannabis.addressedBy()).isEqualTo(2);
        assertThat(cannabis.notAddressedBy()).hasSize(8).contains("Greve").doesNotContain("Stevns", "Køge");
        PriorityCoverage gambling = priorities.items().get(1);
        assertThat(gambling.addressedBy()).isZero();
        assertThat(gambling.notAddressedBy()).hasSize(10);
    }

    @Test
    void the_priorities_and_the_plan_each_keep_their_newest_version() {
        on(prioritiesSet("1467", 4, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new Priority(Theme.VANDALISM, "Mindre graffiti"))));
        on(planPublished("1467", 6, 2, "Samarbejdsplan 2027", LocalDate.of(2026, 11, 2)));

        assertThat(on(prioritiesSet("1467", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new Priority(Theme.CANNABIS, "Færre unge prøver hash"))))).isFalse();
        assertThat(on(planPublished("1467", 3, 1, "Samarbejdsplan 2026", LocalDate.of(2026, 1, 15)))).isFalse();
        assertThat(on(planPublished("1467", 6, 2, "Samarbejdsplan 2027", LocalDate.of(2026, 11, 2)))).isFalse();

        DistrictDashboard dashboard = dashboard("1467");
        assertThat(dashboard.priorities().items()).extracting(PriorityCoverage::theme).containsExactly(Theme.VANDALISM);
        assertThat(dashboard.cooperationPlan())
                .isEqualTo(new CooperationPlanState(2, LocalDate.of(2026, 11, 2), "Samarbejdsplan 2027"));
    }

    @Test
    void priorities_set_after_the_plan_was_published_still_show() {
        on(planPublished("1467", 6, 2, "Samarbejdsplan 2027", LocalDate.of(2026, 11, 2)));

        assertThat(on(prioritiesSet("1467", 7, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(new Priority(Theme.VANDALISM, "Mindre graffiti"))))).isTrue();

        assertThat(dashboard("1467").priorities().items()).hasSize(1);
        assertThat(dashboard("1467").cooperationPlan().publishedVersion()).isEqualTo(2);
    }

    @Test
    void a_district_without_coordination_events_has_empty_sections() {
        DistrictDashboard dashboard = dashboard("1467");

        assertThat(coordination.isEmpty()).isTrue();
        assertThat(dashboard.concerns()).isEqualTo(new DistrictConcerns(List.of(), List.of(), List.of(), 0, 0));
        assertThat(dashboard.localReports()).hasSize(10).allSatisfy(report -> assertThat(report.latestReport()).isNull());
        assertThat(dashboard.decisions()).isEmpty();
        assertThat(dashboard.priorities()).isNull();
        assertThat(dashboard.cooperationPlan()).isNull();
        assertThat(dashboard.pilotProjects()).isEmpty();
    }

    @Test
    void meetings_drafts_and_local_activities_change_nothing_here() {
        assertThat(on(meetingScheduled("1467", 1, "m-1"))).isFalse();
        assertThat(on(localActivity("LR-0336", 1, "1467", "0336"))).isFalse();
        assertThat(on(projectMilestoneSet("p-1", 3))).isFalse();

        assertThat(coordination.isEmpty()).isTrue();
    }

    @Test
    void events_naming_unknown_municipalities_districts_or_local_councils_are_malformed() {
        assertThatThrownBy(() -> on(concernRaised("c-1", "0999", "X", List.of(Theme.VANDALISM), ConcernSeverity.INFO,
                List.of("0999"), List.of()))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(concernRaised("c-2", "0336", "X", List.of(Theme.VANDALISM), ConcernSeverity.INFO,
                List.of("0336"), List.of("1499")))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(localReport("LR-9999", 1, "1467", "r-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), List.of(), List.of()))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(decisionMade("1467", 1, "d-1", "X", LocalDate.of(2027, 1, 1), List.of("LR-9999"))))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(planPublished("1499", 1, 1, "X", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(MalformedEventException.class);

        assertThat(coordination.isEmpty()).isTrue();
    }

    @Test
    void events_without_a_value_the_dashboards_need_are_malformed() {
        assertThatThrownBy(() -> on(concernRaised("c-1", "0336", "X", List.of(Theme.VANDALISM), null, List.of("0336"),
                List.of()))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(localReport("LR-0336", 1, "1467", "r-1", null, LocalDate.of(2026, 3, 31),
                List.of(), List.of()))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(localReport("LR-0336", 1, "1467", "r-1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), List.of(new ThemeTrend(Theme.VANDALISM, null, null)), List.of())))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(decisionMade("1467", 1, "d-1", "X", null, List.of("LR-0336"))))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(implementationReported("LR-0336", 1, "1467", "d-1", null, "X", TODAY)))
                .isInstanceOf(MalformedEventException.class);

        assertThat(coordination.isEmpty()).isTrue();
    }

    @Test
    void concerns_are_listed_newest_activity_first() {
        on(concernRaised("c-1", "0336", "Først", List.of(Theme.VANDALISM), ConcernSeverity.INFO, List.of("0336"), List.of()));
        on(concernRaised("c-2", "0259", "Siden", List.of(Theme.VANDALISM), ConcernSeverity.INFO, List.of("0259"), List.of()));
        on(concernUpdated("c-1", 1, "0336", "0336", ConcernSeverity.WATCH, ConcernStatus.RAISED));
        assertThat(dashboard("1467").concerns().raisedInDistrict()).extracting(ConcernItem::concernId)
                .containsExactly("c-1", "c-2");

        on(concernUpdated("c-2", 2, "0259", "0259", ConcernSeverity.WATCH, ConcernStatus.RAISED));

        assertThat(dashboard("1467").concerns().raisedInDistrict()).extracting(ConcernItem::concernId)
                .containsExactly("c-2", "c-1");
    }

    @Test
    void pilot_projects_show_in_the_district_of_their_pilot_municipalities_only() {
        on(projectProposed("p-1", PARENTS, START, END));
        on(pilotInvited("p-1", 1, PARENTS, "0336", "1467", CO_DEVELOPER));
        on(pilotInvited("p-1", 2, PARENTS, "0101", "1470", PILOT));
        on(pilotJoined("p-1", 3, PARENTS, "0336", "1467", CO_DEVELOPER));

        assertThat(dashboard("1467").pilotProjects()).containsExactly(new PilotProjectItem("p-1", PARENTS,
                ProjectStatus.PROPOSED, "foreslået", START, END, List.of(new PilotMunicipalityItem("0336", "Stevns",
                CO_DEVELOPER, "medudvikler", PilotStatus.JOINED, "deltager"))));
        assertThat(dashboard("1470").pilotProjects()).singleElement().satisfies(project -> assertThat(
                project.municipalities()).containsExactly(new PilotMunicipalityItem("0101", "København", PILOT,
                "afprøvningskommune", PilotStatus.INVITED, "inviteret")));
        assertThat(dashboard("1466").pilotProjects()).isEmpty();
    }

    @Test
    void a_step_of_the_project_shows_in_every_district_it_has_pilots_in() {
        on(projectProposed("p-1", PARENTS, START, END));
        on(pilotInvited("p-1", 1, PARENTS, "0336", "1467", PILOT));
        on(pilotInvited("p-1", 2, PARENTS, "0101", "1470", PILOT));

        on(projectGrantApplied("p-1", 3));
        assertThat(statusLabelIn("1467")).isEqualTo("ansøgt om midler");
        on(projectStarted("p-1", 4));

        assertThat(statusLabelIn("1467")).isEqualTo("i gang");
        assertThat(statusLabelIn("1470")).isEqualTo("i gang");
        on(projectStopped("p-1", 5));
        assertThat(statusLabelIn("1470")).isEqualTo("stoppet");
        assertThat(on(projectGrantApplied("p-1", 6))).as("a stopped project stays stopped").isTrue();
        assertThat(dashboard("1470").pilotProjects().get(0).status()).isEqualTo(ProjectStatus.STOPPED);
    }

    @Test
    void a_municipality_that_left_is_not_listed_and_the_last_to_leave_takes_the_project_off_the_district() {
        on(projectProposed("p-1", PARENTS, START, END));
        on(pilotInvited("p-1", 1, PARENTS, "0336", "1467", PILOT));
        on(pilotInvited("p-1", 2, PARENTS, "0259", "1467", PILOT));
        on(pilotInvited("p-1", 3, PARENTS, "0101", "1470", PILOT));
        on(pilotJoined("p-1", 4, PARENTS, "0259", "1467", PILOT));

        on(pilotLeft("p-1", 5, PARENTS, "0259", "1467", PILOT));
        assertThat(dashboard("1467").pilotProjects()).singleElement().satisfies(project -> assertThat(
                project.municipalities()).extracting(PilotMunicipalityItem::code).containsExactly("0336"));

        on(pilotLeft("p-1", 6, PARENTS, "0336", "1467", PILOT));
        assertThat(dashboard("1467").pilotProjects()).isEmpty();
        assertThat(dashboard("1470").pilotProjects()).extracting(PilotProjectItem::projectId).containsExactly("p-1");

        on(pilotInvited("p-1", 7, PARENTS, "0259", "1467", CO_DEVELOPER));
        assertThat(dashboard("1467").pilotProjects()).singleElement().satisfies(project -> assertThat(
                project.municipalities()).extracting(PilotMunicipalityItem::roleLabel).containsExactly("medudvikler"));
    }

    @Test
    void a_redelivered_or_older_project_event_changes_nothing() {
        on(projectProposed("p-1", PARENTS, START, END));
        on(pilotInvited("p-1", 1, PARENTS, "0336", "1467", PILOT));
        var left = pilotLeft("p-1", 3, PARENTS, "0336", "1467", PILOT);
        on(left);

        assertThat(on(left)).isFalse();
        assertThat(on(pilotJoined("p-1", 2, PARENTS, "0336", "1467", PILOT))).isFalse();
        assertThat(on(projectProposed("p-1", "Et andet navn", START, END))).isFalse();

        assertThat(dashboard("1467").pilotProjects()).isEmpty();
    }

    @Test
    void project_events_naming_unknown_or_misplaced_municipalities_or_lacking_values_are_malformed() {
        assertThatThrownBy(() -> on(pilotInvited("p-1", 1, PARENTS, "0999", "1467", PILOT)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(pilotInvited("p-1", 1, PARENTS, "0336", "1470", PILOT)))
                .as("Stevns lies in 1467").isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(pilotInvited("p-1", 1, PARENTS, "336", "1467", PILOT)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(pilotInvited("p-1", 1, PARENTS, "0336", "1467", null)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> on(projectProposed("p-1", PARENTS, null, END)))
                .isInstanceOf(MalformedEventException.class);

        assertThat(coordination.isEmpty()).isTrue();
    }

    private String statusLabelIn(String districtCode) {
        return dashboard(districtCode).pilotProjects().get(0).statusLabel();
    }

    private DistrictDashboard dashboard(String districtCode) {
        return projection.handle(new FetchDistrictDashboardQuery(districtCode));
    }

    private static LocalCouncilReport report(List<LocalCouncilReport> reports, String localCouncilId) {
        return reports.stream().filter(report -> report.localCouncilId().equals(localCouncilId)).findFirst().orElseThrow();
    }

    /** Initiative events feed the activity read model, the others the coordination read model, as in the service. */
    private boolean on(EventEnvelope<?> event) {
        return activity.apply(event) | coordination.apply(event);
    }
}
