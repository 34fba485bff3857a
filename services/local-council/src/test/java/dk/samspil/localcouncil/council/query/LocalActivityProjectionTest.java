package dk.samspil.localcouncil.council.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.localcouncil.council.command.LocalActivityRecordedEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LocalActivityProjectionTest {

    private static final Instant RECORDED_AT = Instant.parse("2026-10-05T08:00:00Z");

    private MongoClient client;
    private LocalActivityProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new LocalActivityProjection(client.getDatabase("local-activities-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shows_a_recorded_activity_with_labels_and_municipality_names() {
        projection.on(activity("a-1", "LR-0336", LocalDate.parse("2026-10-03")), RECORDED_AT);

        LocalActivityView activity = projection.handle(new FetchLocalActivityQuery("LR-0336", "a-1")).orElseThrow();
        assertThat(activity.kind()).isEqualTo(LocalActivityKind.SAFETY_CREATING);
        assertThat(activity.kindLabel()).isEqualTo("tryghedsskabende");
        assertThat(activity.themes()).containsExactly(Theme.UNSAFE_PLACES, Theme.ALCOHOL);
        assertThat(activity.themeLabels()).containsExactly("utrygge steder", "alkohol");
        assertThat(activity.municipalities()).extracting(m -> m.name()).containsExactly("Stevns");
        assertThat(activity.heldOn()).isEqualTo(LocalDate.parse("2026-10-03"));
        assertThat(activity.participants()).isEqualTo(14);
        assertThat(activity.recordedAt()).isEqualTo(RECORDED_AT);
    }

    @Test
    void a_redelivered_activity_is_listed_once() {
        projection.on(activity("a-1", "LR-0336", LocalDate.parse("2026-10-03")), RECORDED_AT);
        projection.on(activity("a-1", "LR-0336", LocalDate.parse("2026-10-03")), RECORDED_AT);

        assertThat(projection.handle(new FetchLocalActivitiesQuery("LR-0336"))).hasSize(1);
        assertThat(projection.handle(new CountLocalActivitiesQuery("LR-0336"))).isEqualTo(1);
    }

    @Test
    void lists_a_council_s_activities_latest_held_first_and_nobody_else_s() {
        projection.on(activity("a-1", "LR-0336", LocalDate.parse("2026-09-01")), RECORDED_AT);
        projection.on(activity("a-2", "LR-0336", LocalDate.parse("2026-10-01")), RECORDED_AT);
        projection.on(activity("a-3", "LR-0259", LocalDate.parse("2026-10-02")), RECORDED_AT);

        assertThat(projection.handle(new FetchLocalActivitiesQuery("LR-0336")))
                .extracting(LocalActivityView::activityId).containsExactly("a-2", "a-1");
        assertThat(projection.handle(new CountLocalActivitiesQuery("LR-0336"))).isEqualTo(2);
        assertThat(projection.handle(new FetchLocalActivityQuery("LR-0336", "a-3"))).isEmpty();
    }

    @Test
    void a_reset_empties_the_read_model() {
        projection.on(activity("a-1", "LR-0336", LocalDate.parse("2026-09-01")), RECORDED_AT);

        projection.reset();

        assertThat(projection.handle(new FetchLocalActivitiesQuery("LR-0336"))).isEmpty();
    }

    private static LocalActivityRecordedEvent activity(String activityId, String localCouncilId, LocalDate heldOn) {
        return new LocalActivityRecordedEvent(localCouncilId, "1467", activityId, LocalActivityKind.SAFETY_CREATING,
                "Nattevandring", "Voksne går rundt fredag aften", List.of(Theme.UNSAFE_PLACES, Theme.ALCOHOL),
                List.of("0336"), heldOn, 14);
    }
}
