package dk.samspil.nationalassociation.project.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.nationalassociation.project.command.GrantAcceptedEvent;
import dk.samspil.nationalassociation.project.command.GrantAppliedEvent;
import dk.samspil.nationalassociation.project.command.GrantAwardedEvent;
import dk.samspil.nationalassociation.project.command.GrantStatus;
import dk.samspil.nationalassociation.project.command.MilestoneReachedEvent;
import dk.samspil.nationalassociation.project.command.MilestoneSetEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityInvitedEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityJoinedEvent;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityStatus;
import dk.samspil.nationalassociation.project.command.ProjectProposedEvent;
import dk.samspil.nationalassociation.project.command.ProjectStatus;
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

import static org.assertj.core.api.Assertions.assertThat;

class ProjectProjectionTest {

    private static final String PROJECT = "p-1";
    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2028-12-31");

    private MongoClient client;
    private ProjectProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new ProjectProjection(client.getDatabase("projects-" + UUID.randomUUID()),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen")));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_funded_project_shows_its_grants_pilots_and_milestones_with_labels() {
        projection.on(proposed(), 0);
        projection.on(new GrantAppliedEvent(PROJECT, "g-1", "TrygFonden", 750_000), 1);
        projection.on(new GrantAwardedEvent(PROJECT, "g-1", "TrygFonden", 750_000), 2);
        projection.on(new GrantAcceptedEvent(PROJECT, "g-1", "TrygFonden", 750_000, LocalDate.parse("2026-11-12"),
                "Punkt 4"), 3);
        projection.on(new PilotMunicipalityInvitedEvent(PROJECT, "Forældresamarbejde", "0101", "1470",
                PilotMunicipalityRole.CO_DEVELOPER), 4);
        projection.on(new PilotMunicipalityJoinedEvent(PROJECT, "Forældresamarbejde", "0101", "1470",
                PilotMunicipalityRole.CO_DEVELOPER), 5);
        projection.on(new MilestoneSetEvent(PROJECT, "m-1", "Undervisere uddannet", LocalDate.parse("2026-06-30")), 6);
        projection.on(new MilestoneSetEvent(PROJECT, "m-2", "Materialer færdige", LocalDate.parse("2026-09-30")), 7);
        projection.on(new MilestoneReachedEvent(PROJECT, "m-2", LocalDate.parse("2026-09-01")), 8);

        ProjectView project = projection.handle(new FetchProjectQuery(PROJECT)).orElseThrow();

        assertThat(project.status()).isEqualTo(ProjectStatus.FUNDED);
        assertThat(project.statusLabel()).isEqualTo("finansieret");
        assertThat(project.grants()).containsExactly(new ProjectView.Grant("g-1", "TrygFonden", 750_000,
                GrantStatus.ACCEPTED, "modtaget", LocalDate.parse("2026-11-12"), "Punkt 4"));
        assertThat(project.pilotMunicipalities()).containsExactly(new ProjectView.PilotMunicipality("0101",
                "København", "1470", PilotMunicipalityRole.CO_DEVELOPER, "medudvikler",
                PilotMunicipalityStatus.JOINED, "deltager"));
        assertThat(project.milestones()).extracting(ProjectView.Milestone::milestoneId, ProjectView.Milestone::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m-1", true),
                        org.assertj.core.groups.Tuple.tuple("m-2", false));
    }

    @Test
    void events_delivered_again_change_nothing() {
        projection.on(proposed(), 0);
        projection.on(new GrantAppliedEvent(PROJECT, "g-1", "TrygFonden", 750_000), 1);
        projection.on(new GrantAwardedEvent(PROJECT, "g-1", "TrygFonden", 750_000), 2);
        projection.on(new GrantAppliedEvent(PROJECT, "g-1", "TrygFonden", 750_000), 1);
        projection.on(proposed(), 0);

        ProjectView project = projection.handle(new FetchProjectQuery(PROJECT)).orElseThrow();
        assertThat(project.status()).isEqualTo(ProjectStatus.FUNDING_APPLIED);
        assertThat(project.grants()).extracting(ProjectView.Grant::status).containsExactly(GrantStatus.AWARDED);
    }

    @Test
    void an_unknown_project_is_absent_and_the_list_holds_every_project_by_name() {
        projection.on(proposed(), 0);

        assertThat(projection.handle(new FetchProjectQuery("p-unknown"))).isEmpty();
        assertThat(projection.handle(new FetchProjectsQuery())).extracting(ProjectView::projectId).containsExactly(PROJECT);
    }

    private static ProjectProposedEvent proposed() {
        return new ProjectProposedEvent(PROJECT, "Forældresamarbejde", "Train-the-trainer", "SSP-Samrådet",
                List.of(), START, END, "Bestyrelsesformand", "Projektleder", List.of(), List.of());
    }
}
