package dk.samspil.platform.activity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.reference.ReferenceData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import static dk.samspil.platform.testing.ActionPlanEvents.adopted;
import static dk.samspil.platform.testing.ActionPlanEvents.proposed;
import static dk.samspil.platform.testing.FundingPoolEvents.opened;
import static dk.samspil.platform.testing.FundingPoolEvents.reserved;
import static dk.samspil.platform.testing.InitiativeEvents.activated;
import static dk.samspil.platform.testing.InitiativeEvents.approved;
import static dk.samspil.platform.testing.InitiativeEvents.budgetApproved;
import static dk.samspil.platform.testing.InitiativeEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The read model's rules for applying events, run against the Mongo-wire server here and against a real MongoDB in
 * {@link ActivityReadModelOnMongoDbTest}, so that the code stays right on both.
 */
abstract class ActivityReadModelTest {


    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(MONDAY, ZoneId.of("Europe/Copenhagen"));

    private MongoClient client;
    private MongoDatabase database;
    private ActivityReadModel activity;

    /** A connection string of a server that runs for the whole test class. */
    abstract String connectionString();

    @BeforeEach
    void connect() {
        client = MongoClients.create(connectionString());
        database = client.getDatabase("activity-test-" + UUID.randomUUID());
        activity = new ActivityReadModel(database, CLOCK);
    }

    @AfterEach
    void disconnect() {
        database.drop();
        client.close();
    }

    @Test
    void is_empty_until_an_event_is_applied() {
        assertThat(activity.isEmpty()).isTrue();

        apply(opened("0101", 2026, 100_000, MONDAY));

        assertThat(activity.isEmpty()).isFalse();
    }

    @Test
    void an_event_delivered_twice_counts_once() {
        assertThat(apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY))).isTrue();

        assertThat(apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY))).isFalse();

        assertThat(copenhagen().initiatives().initiatives()).isEqualTo(1);
        assertThat(copenhagen().initiatives().byStatus()).containsEntry(InitiativeStatus.SUBMITTED, 1L);
    }

    @Test
    void a_replay_of_every_event_changes_nothing() {
        List<EventEnvelope<?>> events = List.of(
                registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY),
                approved("i-1", "0101", 1, MONDAY),
                budgetApproved("i-1", "0101", 2, 2026, 30_000, MONDAY),
                activated("i-1", "0101", 3, LocalDate.of(2026, 9, 1), MONDAY),
                opened("0101", 2026, 300_000, MONDAY),
                reserved("0101", 2026, 1, "i-1", 30_000, 300_000, 30_000, 0, MONDAY),
                proposed("p-1", "0101", 2026, MONDAY),
                adopted("p-1", "0101", 1, LocalDate.of(2026, 2, 1), MONDAY));
        events.forEach(this::apply);
        ActivityTotals before = copenhagen();
        Document storedBefore = stored("0101");

        events.forEach(event -> assertThat(apply(event)).isFalse());

        assertThat(copenhagen()).isEqualTo(before);
        assertThat(stored("0101")).isEqualTo(storedBefore);
        assertThat(before.initiatives().byStatus()).containsEntry(InitiativeStatus.ACTIVE, 1L);
        assertThat(before.budget()).isEqualTo(new Budget(30_000, 0));
        assertThat(before.pool()).isEqualTo(PoolUse.of(2026, 300_000, 30_000, 0));
        assertThat(before.overdueStatusReports()).isZero();
        assertThat(before.actionPlans().withCurrentAdoptedPlan()).isEqualTo(1);
    }

    @Test
    void an_event_counted_before_its_entry_was_written_counts_once_when_delivered_again() {
        EventEnvelope<?> registered = registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY);
        apply(registered);
        // As if the process had died between counting the event and writing the initiative's entry.
        database.getCollection(ActivityReadModel.COLLECTION + "_initiatives").deleteOne(Filters.eq("_id", "i-1"));

        assertThat(apply(registered)).isTrue();

        assertThat(copenhagen().initiatives().initiatives()).isEqualTo(1);
        assertThat(copenhagen().initiatives().byStatus()).containsEntry(InitiativeStatus.SUBMITTED, 1L);
    }

    @Test
    void an_older_event_of_an_aggregate_changes_nothing() {
        apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        apply(approved("i-1", "0101", 2, MONDAY.plusSeconds(60)));

        assertThat(apply(approved("i-1", "0101", 1, MONDAY.plusSeconds(30)))).isFalse();
        assertThat(apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY))).isFalse();

        assertThat(copenhagen().initiatives().byStatus())
                .containsEntry(InitiativeStatus.APPROVED, 1L).containsEntry(InitiativeStatus.SUBMITTED, 0L);
    }

    @Test
    void aggregates_of_one_municipality_keep_their_own_sequences() {
        apply(registered("i-1", "0101", PreventionLevel.PREVENTIVE, MONDAY));
        apply(approved("i-1", "0101", 5, MONDAY));

        assertThat(apply(registered("i-2", "0101", PreventionLevel.BUILDING, MONDAY))).isTrue();
        assertThat(apply(opened("0101", 2026, 100_000, MONDAY))).isTrue();

        assertThat(copenhagen().initiatives().initiatives()).isEqualTo(2);
        assertThat(copenhagen().pool().amount()).isEqualTo(100_000);
    }

    @Test
    void threads_updating_one_municipality_at_once_lose_no_event() throws Exception {
        int threads = 4;
        int initiativesPerThread = 15;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                // A reader of its own per thread, as separate consumer threads would have.
                ActivityReadModel reader = new ActivityReadModel(database, CLOCK);
                String prefix = "t" + thread + "-";
                work.add(executor.submit(() -> {
                    for (int i = 0; i < initiativesPerThread; i++) {
                        for (EventEnvelope<?> event : List.of(registered(prefix + i, "0101", PreventionLevel.PREVENTIVE, MONDAY),
                                approved(prefix + i, "0101", 1, MONDAY))) {
                            reader.apply(event);
                        }
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(copenhagen().initiatives().byStatus())
                .containsEntry(InitiativeStatus.APPROVED, (long) threads * initiativesPerThread)
                .containsEntry(InitiativeStatus.SUBMITTED, 0L);
        assertThat(copenhagen().initiatives().initiatives()).isEqualTo((long) threads * initiativesPerThread);
    }

    @Test
    void an_event_naming_no_municipality_is_malformed_and_stores_nothing() {
        for (String code : new String[]{"0411", "0999", "abc", null}) {
            assertThatThrownBy(() -> apply(registered("i-1", code, PreventionLevel.PREVENTIVE, MONDAY)))
                    .isInstanceOf(MalformedEventException.class);
            assertThatThrownBy(() -> apply(opened(code, 2026, 1, MONDAY)))
                    .isInstanceOf(MalformedEventException.class);
            assertThatThrownBy(() -> apply(proposed("p-1", code, 2026, MONDAY)))
                    .isInstanceOf(MalformedEventException.class);
        }

        assertThat(database.getCollection(ActivityReadModel.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void the_three_digit_kommunekode_is_the_same_municipality() {
        apply(registered("i-1", "101", PreventionLevel.PREVENTIVE, MONDAY));
        apply(approved("i-1", "0101", 1, MONDAY));

        assertThat(copenhagen().initiatives().byStatus()).containsEntry(InitiativeStatus.APPROVED, 1L);
        assertThat(stored("0101")).isNotNull();
    }

    private ActivityTotals copenhagen() {
        return activity.district(ReferenceData.instance().district("1470")).municipalities().stream()
                .filter(municipality -> municipality.code().equals("0101"))
                .map(municipality -> ActivityTotals.of(List.of(municipality.activity())))
                .findFirst().orElseThrow();
    }

    private Document stored(String kommunekode) {
        return database.getCollection(ActivityReadModel.COLLECTION).find(Filters.eq("_id", kommunekode)).first();
    }

    private boolean apply(EventEnvelope<?> event) {
        return activity.apply(event);
    }
}
