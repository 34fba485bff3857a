package dk.samspil.municipality.pilotproject.query;

import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectStatus;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dk.samspil.contracts.national.PilotMunicipalityRole.CO_DEVELOPER;
import static dk.samspil.contracts.national.PilotMunicipalityRole.PILOT;
import static dk.samspil.municipality.pilotproject.ProjectEvents.completed;
import static dk.samspil.municipality.pilotproject.ProjectEvents.grantAccepted;
import static dk.samspil.municipality.pilotproject.ProjectEvents.grantApplied;
import static dk.samspil.municipality.pilotproject.ProjectEvents.grantDeclined;
import static dk.samspil.municipality.pilotproject.ProjectEvents.invited;
import static dk.samspil.municipality.pilotproject.ProjectEvents.joined;
import static dk.samspil.municipality.pilotproject.ProjectEvents.left;
import static dk.samspil.municipality.pilotproject.ProjectEvents.milestoneSet;
import static dk.samspil.municipality.pilotproject.ProjectEvents.proposed;
import static dk.samspil.municipality.pilotproject.ProjectEvents.started;
import static dk.samspil.municipality.pilotproject.ProjectEvents.stopped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pilot municipalities' project lists on the Mongo-wire server, events applied as the consumer applies them. */
class PilotProjectsTest {

    private static final String PARENTS = "Forældresamarbejde 2026-2028";
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2028, 12, 31);

    private MongoClient client;
    private PilotProjects pilotProjects;

    @BeforeEach
    void connect() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        pilotProjects = new PilotProjects(freshDatabase());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void a_pilot_municipality_sees_the_project_with_its_period_status_and_role() {
        on(proposed("p-1", PARENTS, START, END));
        on(invited("p-1", 1, PARENTS, "0336", CO_DEVELOPER));
        assertThat(projects("0336")).containsExactly(new MunicipalityProject("p-1", PARENTS, START, END,
                ProjectStatus.PROPOSED, "foreslået", CO_DEVELOPER, "medudvikler", PilotStatus.INVITED, "inviteret"));

        on(joined("p-1", 2, PARENTS, "0336", CO_DEVELOPER));

        assertThat(projects("0336")).singleElement().satisfies(project -> {
            assertThat(project.pilotStatus()).isEqualTo(PilotStatus.JOINED);
            assertThat(project.pilotStatusLabel()).isEqualTo("deltager");
        });
        assertThat(projects("0259")).as("Køge was not invited").isEmpty();
    }

    @Test
    void each_step_of_the_project_reaches_every_pilot_municipality() {
        on(proposed("p-1", PARENTS, START, END));
        on(invited("p-1", 1, PARENTS, "0336", CO_DEVELOPER));
        on(invited("p-1", 2, PARENTS, "0101", PILOT));
        on(joined("p-1", 3, PARENTS, "0101", PILOT));

        on(grantApplied("p-1", 4, "g-1"));
        assertThat(statusLabels()).containsExactly("ansøgt om midler", "ansøgt om midler");
        on(grantAccepted("p-1", 5, "g-1"));
        assertThat(statusLabels()).containsExactly("finansieret", "finansieret");
        on(started("p-1", 6));
        assertThat(statusLabels()).containsExactly("i gang", "i gang");
        on(completed("p-1", 7));
        assertThat(statusLabels()).containsExactly("afsluttet", "afsluttet");

        assertThat(projects("0101").get(0).roleLabel()).isEqualTo("afprøvningskommune");
        assertThat(projects("0101").get(0).pilotStatus()).isEqualTo(PilotStatus.JOINED);
        assertThat(projects("0336").get(0).pilotStatus()).isEqualTo(PilotStatus.INVITED);
    }

    @Test
    void a_municipality_that_left_is_listed_as_left_and_still_follows_the_project() {
        on(proposed("p-1", PARENTS, START, END));
        on(invited("p-1", 1, PARENTS, "0336", PILOT));
        on(joined("p-1", 2, PARENTS, "0336", PILOT));
        on(left("p-1", 3, PARENTS, "0336", PILOT));
        on(stopped("p-1", 4));

        assertThat(projects("0336")).singleElement().satisfies(project -> {
            assertThat(project.pilotStatus()).isEqualTo(PilotStatus.LEFT);
            assertThat(project.pilotStatusLabel()).isEqualTo("udtrådt");
            assertThat(project.statusLabel()).isEqualTo("stoppet");
        });

        on(invited("p-1", 5, PARENTS, "0336", CO_DEVELOPER));

        assertThat(projects("0336")).singleElement().satisfies(project -> {
            assertThat(project.pilotStatus()).as("invited again").isEqualTo(PilotStatus.INVITED);
            assertThat(project.role()).isEqualTo(CO_DEVELOPER);
        });
    }

    @Test
    void a_redelivered_or_older_event_changes_nothing() {
        on(proposed("p-1", PARENTS, START, END));
        on(invited("p-1", 1, PARENTS, "0336", PILOT));
        var joined = joined("p-1", 2, PARENTS, "0336", PILOT);
        on(joined);
        on(started("p-1", 4));

        assertThat(on(joined)).isFalse();
        assertThat(on(invited("p-1", 1, PARENTS, "0336", PILOT))).isFalse();
        assertThat(on(left("p-1", 3, PARENTS, "0336", PILOT))).as("older than the start").isFalse();

        assertThat(projects("0336")).singleElement().satisfies(project -> {
            assertThat(project.pilotStatus()).isEqualTo(PilotStatus.JOINED);
            assertThat(project.status()).isEqualTo(ProjectStatus.RUNNING);
        });
    }

    @Test
    void replaying_the_topic_into_an_empty_read_model_or_over_a_full_one_gives_the_same_lists() {
        List<EventEnvelope<?>> history = List.of(proposed("p-1", PARENTS, START, END),
                invited("p-1", 1, PARENTS, "0336", CO_DEVELOPER), invited("p-1", 2, PARENTS, "0101", PILOT),
                joined("p-1", 3, PARENTS, "0336", CO_DEVELOPER), grantApplied("p-1", 4, "g-1"),
                left("p-1", 5, PARENTS, "0101", PILOT), proposed("p-2", "Digital dannelse", START.plusYears(1), END),
                invited("p-2", 1, "Digital dannelse", "0336", PILOT));
        assertThat(pilotProjects.isEmpty()).isTrue();
        history.forEach(this::on);
        assertThat(pilotProjects.isEmpty()).isFalse();
        List<MunicipalityProject> stevns = projects("0336");
        List<MunicipalityProject> copenhagen = projects("0101");

        assertThat(history).allSatisfy(event -> assertThat(on(event)).as(event.id()).isFalse());
        assertThat(projects("0336")).isEqualTo(stevns);
        assertThat(projects("0101")).isEqualTo(copenhagen);

        pilotProjects = new PilotProjects(freshDatabase());
        history.forEach(this::on);
        assertThat(projects("0336")).isEqualTo(stevns);
        assertThat(projects("0101")).isEqualTo(copenhagen);
        assertThat(stevns).extracting(MunicipalityProject::projectId).as("by period start")
                .containsExactly("p-1", "p-2");
    }

    @Test
    void a_project_only_moves_forward_and_steps_no_municipality_sees_change_nothing() {
        on(proposed("p-1", PARENTS, START, END));
        on(invited("p-1", 1, PARENTS, "0336", PILOT));
        on(grantApplied("p-1", 2, "g-1"));
        on(grantAccepted("p-1", 3, "g-1"));

        assertThat(on(grantApplied("p-1", 4, "g-2"))).isTrue();
        assertThat(on(grantDeclined("p-1", 5, "g-2"))).isFalse();
        assertThat(on(milestoneSet("p-1", 6))).isFalse();

        assertThat(projects("0336").get(0).status()).as("still funded").isEqualTo(ProjectStatus.FUNDED);
    }

    @Test
    void a_pilot_event_before_the_proposal_shows_the_project_by_the_name_it_carries() {
        on(invited("p-1", 1, PARENTS, "0336", PILOT));

        assertThat(projects("0336")).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo(PARENTS);
            assertThat(project.periodStart()).isNull();
            assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
        });
    }

    @Test
    void pilot_events_naming_unknown_municipalities_or_no_role_are_malformed() {
        on(proposed("p-1", PARENTS, START, END));

        for (String kommunekode : new String[]{"0999", "0411", "336", null}) {
            assertThatThrownBy(() -> on(invited("p-1", 1, PARENTS, kommunekode, PILOT)))
                    .as(kommunekode).isInstanceOf(MalformedEventException.class);
        }
        assertThatThrownBy(() -> on(invited("p-1", 1, PARENTS, "0336", null)))
                .isInstanceOf(MalformedEventException.class);
        var withoutProject = invited("p-1", 1, PARENTS, "0336", PILOT);
        assertThatThrownBy(() -> on(new EventEnvelope<>(withoutProject.id(), withoutProject.eventType(),
                withoutProject.source(), withoutProject.subject(), withoutProject.time(), 1,
                new ProjectPilotMunicipalityInvited("a.b", PARENTS, "0336", "1467", PILOT))))
                .isInstanceOf(MalformedEventException.class);

        assertThat(projects("0336")).isEmpty();
    }

    private List<String> statusLabels() {
        return List.of(projects("0336").get(0).statusLabel(), projects("0101").get(0).statusLabel());
    }

    private List<MunicipalityProject> projects(String kommunekode) {
        return pilotProjects.handle(new FetchMunicipalityProjectsQuery(kommunekode));
    }

    private boolean on(EventEnvelope<?> event) {
        return pilotProjects.apply(event);
    }

    private MongoDatabase freshDatabase() {
        return client.getDatabase("pilot-projects-" + UUID.randomUUID());
    }
}
