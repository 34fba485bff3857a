package dk.samspil.municipality.initiative.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.municipality.initiative.command.InitiativeApprovedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InitiativeListProjectionTest {

    private static final Instant MORNING = Instant.parse("2026-11-23T08:00:00Z");

    private MongoClient client;
    private InitiativeListProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new InitiativeListProjection(client.getDatabase("initiative-list-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void lists_a_registered_initiative_under_its_municipality() {
        projection.on(registered("i-1", "0336", "Trygt natteliv"), 0, MORNING);

        List<InitiativeSummary> stevns = projection.handle(new FetchMunicipalityInitiativesQuery("0336"));

        assertThat(stevns).singleElement().satisfies(initiative -> {
            assertThat(initiative.id()).isEqualTo("i-1");
            assertThat(initiative.name()).isEqualTo("Trygt natteliv");
            assertThat(initiative.status()).isEqualTo(InitiativeStatus.SUBMITTED);
            assertThat(initiative.preventionLevel()).isEqualTo(PreventionLevel.PREVENTIVE);
            assertThat(initiative.startDate()).isEqualTo(LocalDate.parse("2026-04-01"));
            assertThat(initiative.themes()).containsExactly("natteliv");
            assertThat(initiative.registeredAt()).isEqualTo(MORNING);
        });
        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0101"))).isEmpty();
    }

    @Test
    void shows_the_approval() {
        projection.on(registered("i-1", "0336", "Trygt natteliv"), 0, MORNING);
        projection.on(new InitiativeApprovedEvent("i-1", "0336"), 1, MORNING.plusSeconds(90));

        InitiativeSummary initiative = projection.handle(new FetchMunicipalityInitiativesQuery("0336")).get(0);

        assertThat(initiative.status()).isEqualTo(InitiativeStatus.APPROVED);
        assertThat(initiative.approvedAt()).isEqualTo(MORNING.plusSeconds(90));
    }

    @Test
    void a_replayed_older_event_changes_nothing() {
        projection.on(registered("i-1", "0336", "Trygt natteliv"), 0, MORNING);
        projection.on(new InitiativeApprovedEvent("i-1", "0336"), 1, MORNING.plusSeconds(90));

        projection.on(registered("i-1", "0336", "Trygt natteliv"), 0, MORNING);

        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0336")).get(0).status())
                .isEqualTo(InitiativeStatus.APPROVED);
    }

    @Test
    void lists_the_newest_first() {
        projection.on(registered("i-1", "0336", "Første"), 0, MORNING);
        projection.on(registered("i-2", "0336", "Anden"), 0, MORNING.plusSeconds(60));

        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0336")))
                .extracting(InitiativeSummary::name).containsExactly("Anden", "Første");
    }

    @Test
    void a_reset_empties_the_list_for_a_replay() {
        projection.on(registered("i-1", "0336", "Trygt natteliv"), 0, MORNING);

        projection.reset();

        assertThat(projection.handle(new FetchMunicipalityInitiativesQuery("0336"))).isEmpty();
    }

    private static InitiativeRegisteredEvent registered(String id, String municipality, String name) {
        return new InitiativeRegisteredEvent(id, municipality, name, PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"), List.of("natteliv"));
    }
}
