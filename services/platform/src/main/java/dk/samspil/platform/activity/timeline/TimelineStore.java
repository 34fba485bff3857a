package dk.samspil.platform.activity.timeline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The timeline in the service's own PostgreSQL database: {@code timeline_entity} keeps each followed thing's state and
 * the sequence of the last event applied; {@code timeline_change} keeps every change of a counter with the time of
 * the event that made it. One event is applied in one transaction (state, sequence and changes together), and only
 * when it is newer than the state, so redelivery and replay change nothing.
 */
final class TimelineStore {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    /** States are stored as Jackson 2 wrote them before the move to Jackson 3 (dates as numbers, fields in order). */
    private final ObjectMapper json = JsonMapper.builder()
            .configureForJackson2()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    TimelineStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** @return false when the event was not newer than what the entity has seen */
    <S> boolean apply(TimelineEntity<S> entity, long sequence, Instant occurredAt) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            List<StoredState> stored = jdbc.query("SELECT sequence, state FROM timeline_entity WHERE entity_id = ? FOR UPDATE",
                    (row, index) -> new StoredState(row.getLong(1), row.getString(2)), entity.id());
            if (!stored.isEmpty() && stored.get(0).sequence() >= sequence) {
                return false;
            }
            S before = stored.isEmpty() ? null : read(stored.get(0).state(), entity.stateType());
            S after = entity.after(before);
            insertChanges(change(entity.contribution(before), entity.contribution(after)), occurredAt);
            jdbc.update("INSERT INTO timeline_entity (entity_id, sequence, state) VALUES (?, ?, ?) "
                    + "ON CONFLICT (entity_id) DO UPDATE SET sequence = EXCLUDED.sequence, state = EXCLUDED.state",
                    entity.id(), sequence, write(after));
            return true;
        }));
    }

    boolean isEmpty() {
        return jdbc.queryForList("SELECT 1 FROM timeline_entity LIMIT 1").isEmpty();
    }

    void drop() {
        jdbc.execute("TRUNCATE timeline_entity, timeline_change");
    }

    Optional<Instant> firstChangeAt() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(occurred_at) FROM timeline_change", Timestamp.class))
                .map(Timestamp::toInstant);
    }

    /** Every counter as it stood at {@code asOf} (changes at that very moment included); zeros left out. */
    Map<CounterKey, Long> countersAt(Instant asOf) {
        Map<CounterKey, Long> counters = new HashMap<>();
        jdbc.query("SELECT district_code, municipality_code, metric, SUM(amount) FROM timeline_change "
                        + "WHERE occurred_at <= ? GROUP BY district_code, municipality_code, metric HAVING SUM(amount) <> 0",
                row -> {
                    counters.put(new CounterKey(row.getString(1), row.getString(2), row.getString(3)), row.getLong(4));
                }, Timestamp.from(asOf));
        return counters;
    }

    /** When each municipality's latest change up to {@code asOf} happened. */
    Map<String, Instant> lastChangeAt(Instant asOf) {
        Map<String, Instant> last = new HashMap<>();
        jdbc.query("SELECT municipality_code, MAX(occurred_at) FROM timeline_change "
                        + "WHERE occurred_at <= ? AND municipality_code IS NOT NULL GROUP BY municipality_code",
                row -> {
                    last.put(row.getString(1), row.getTimestamp(2).toInstant());
                }, Timestamp.from(asOf));
        return last;
    }

    /**
     * The changes up to {@code until}, added up per Danish calendar month, oldest month first; metrics starting with
     * {@code leftOut} are not read.
     */
    List<MonthChanges> changesPerMonth(Instant until, String leftOut) {
        Map<YearMonth, Map<CounterKey, Long>> months = new TreeMap<>();
        jdbc.query("SELECT to_char(occurred_at AT TIME ZONE ?, 'YYYY-MM'), district_code, municipality_code, metric, "
                        + "SUM(amount) FROM timeline_change WHERE occurred_at <= ? AND metric NOT LIKE ? "
                        + "GROUP BY 1, 2, 3, 4",
                row -> {
                    months.computeIfAbsent(YearMonth.parse(row.getString(1)), month -> new HashMap<>())
                            .put(new CounterKey(row.getString(2), row.getString(3), row.getString(4)), row.getLong(5));
                }, DANISH_TIME.getId(), Timestamp.from(until), leftOut + "%");
        List<MonthChanges> changes = new ArrayList<>();
        months.forEach((month, counters) -> changes.add(new MonthChanges(month, counters)));
        return changes;
    }

    record MonthChanges(YearMonth month, Map<CounterKey, Long> changes) {
    }

    private void insertChanges(Map<CounterKey, Long> change, Instant occurredAt) {
        if (change.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(occurredAt);
        List<Object[]> rows = change.entrySet().stream()
                .map(entry -> new Object[]{at, entry.getKey().districtCode(), entry.getKey().municipalityCode(),
                        entry.getKey().metric(), entry.getValue()})
                .toList();
        jdbc.batchUpdate("INSERT INTO timeline_change (occurred_at, district_code, municipality_code, metric, amount) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    private static Map<CounterKey, Long> change(Map<CounterKey, Long> before, Map<CounterKey, Long> after) {
        Map<CounterKey, Long> change = new HashMap<>(after);
        before.forEach((key, amount) -> change.merge(key, -amount, Long::sum));
        change.values().removeIf(amount -> amount == 0);
        return change;
    }

    private <S> S read(String state, Class<S> type) {
        try {
            return json.readValue(state, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("Unreadable timeline state of type " + type.getSimpleName(), e);
        }
    }

    private String write(Object state) {
        try {
            return json.writeValueAsString(state);
        } catch (JacksonException e) {
            throw new IllegalStateException("Timeline state cannot be written: " + state, e);
        }
    }

    private record StoredState(long sequence, String state) {
    }
}
