package dk.samspil.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.platform.kafka.RecordPosition;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tally's rules, run against the Mongo-wire server here and against a real MongoDB in
 * {@link IdempotentTallyOnMongoDbTest}, so that the code stays right on both.
 */
abstract class IdempotentTallyTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final String TOPIC = "samspil.municipality.initiatives";

    private MongoClient client;
    private MongoDatabase database;
    private IdempotentTally tally;

    /** A connection string of a server that runs for the whole test class. */
    abstract String connectionString();

    @BeforeEach
    void connect() {
        client = MongoClients.create(connectionString());
        database = client.getDatabase("tally-test-" + UUID.randomUUID());
        tally = new IdempotentTally(database, "dashboards", attributes -> attributes.get("district"),
                attributes -> Set.of("municipalities." + attributes.get("municipality") + ".total",
                        "municipalities." + attributes.get("municipality") + ".byStatus." + attributes.get("status")));
    }

    @AfterEach
    void disconnect() {
        database.drop();
        client.close();
    }

    @Test
    void counts_a_new_aggregate_under_its_attributes() {
        assertThat(tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"))).isTrue();

        Document dashboard = tally.find("1470").orElseThrow();
        assertThat(count(dashboard, "0101", "total")).isEqualTo(1);
        assertThat(count(dashboard, "0101", "byStatus", "SUBMITTED")).isEqualTo(1);
        assertThat(dashboard.getDate(IdempotentTally.LAST_EVENT_AT).toInstant()).isEqualTo(MONDAY);
    }

    @Test
    void moves_the_count_when_the_aggregate_changes_status() {
        tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"));
        tally.apply("i-1", 1, MONDAY.plusSeconds(60), at(0, 11), status("APPROVED"));

        Document dashboard = tally.find("1470").orElseThrow();
        assertThat(count(dashboard, "0101", "total")).isEqualTo(1);
        assertThat(count(dashboard, "0101", "byStatus", "SUBMITTED")).isZero();
        assertThat(count(dashboard, "0101", "byStatus", "APPROVED")).isEqualTo(1);
        assertThat(dashboard.getDate(IdempotentTally.LAST_EVENT_AT).toInstant()).isEqualTo(MONDAY.plusSeconds(60));
    }

    @Test
    void an_event_published_twice_counts_once() {
        tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"));

        boolean applied = tally.apply("i-1", 0, MONDAY, at(0, 12), registered("0101"));

        assertThat(applied).isFalse();
        assertThat(count(tally.find("1470").orElseThrow(), "0101", "total")).isEqualTo(1);
    }

    @Test
    void an_older_event_changes_nothing() {
        tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"));
        tally.apply("i-1", 1, MONDAY, at(0, 11), status("APPROVED"));

        assertThat(tally.apply("i-1", 0, MONDAY, at(0, 12), registered("0101"))).isFalse();

        assertThat(count(tally.find("1470").orElseThrow(), "0101", "byStatus", "APPROVED")).isEqualTo(1);
    }

    @Test
    void a_record_redelivered_after_a_crash_between_the_two_writes_is_not_counted_again() {
        tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"));
        Document contributionBefore = contributions().find(Filters.eq("_id", "i-1")).first();
        tally.apply("i-1", 1, MONDAY, at(0, 11), status("APPROVED"));
        // The process died after the tally's $inc and before the contribution was written:
        contributions().replaceOne(Filters.eq("_id", "i-1"), contributionBefore);

        assertThat(tally.apply("i-1", 1, MONDAY, at(0, 11), status("APPROVED"))).isTrue();

        Document dashboard = tally.find("1470").orElseThrow();
        assertThat(count(dashboard, "0101", "byStatus", "APPROVED")).isEqualTo(1);
        assertThat(count(dashboard, "0101", "byStatus", "SUBMITTED")).isZero();
        assertThat(contributions().find(Filters.eq("_id", "i-1")).first().getLong("sequence")).isEqualTo(1);
    }

    @Test
    void aggregates_on_other_partitions_count_independently() {
        tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"));
        tally.apply("i-2", 0, MONDAY, at(1, 3), registered("0147"));
        tally.apply("i-3", 0, MONDAY, at(1, 4), registered("0101"));

        Document dashboard = tally.find("1470").orElseThrow();
        assertThat(count(dashboard, "0101", "total")).isEqualTo(2);
        assertThat(count(dashboard, "0147", "total")).isEqualTo(1);
    }

    @Test
    void the_last_event_time_never_goes_back() {
        tally.apply("i-1", 0, MONDAY, at(0, 10), registered("0101"));
        tally.apply("i-2", 0, MONDAY.minusSeconds(3600), at(1, 1), registered("0101"));

        assertThat(tally.find("1470").orElseThrow().getDate(IdempotentTally.LAST_EVENT_AT).toInstant()).isEqualTo(MONDAY);
    }

    private MongoCollection<Document> contributions() {
        return database.getCollection("dashboards_contributions");
    }

    private static RecordPosition at(int partition, long offset) {
        return new RecordPosition(TOPIC, partition, offset);
    }

    private static UnaryOperator<Map<String, String>> registered(String municipality) {
        return before -> Map.of("district", "1470", "municipality", municipality, "status", "SUBMITTED");
    }

    private static UnaryOperator<Map<String, String>> status(String status) {
        return before -> {
            Map<String, String> after = new HashMap<>(before);
            after.put("status", status);
            return after;
        };
    }

    private static int count(Document dashboard, String municipality, String... path) {
        Document node = dashboard.get("municipalities", Document.class).get(municipality, Document.class);
        for (int i = 0; i < path.length - 1; i++) {
            node = node.get(path[i], Document.class);
        }
        return node.getInteger(path[path.length - 1]);
    }
}
