package dk.samspil.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ConsumedPositions} in the service's PostgreSQL database, table {@code consumed_position}. */
public final class JdbcConsumedPositions implements ConsumedPositions {

    private final JdbcTemplate jdbc;

    public JdbcConsumedPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<TopicPartition, Long> nextOffsets(String group, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> found = new HashMap<>();
        jdbc.query("SELECT topic, partition_no, next_offset FROM consumed_position WHERE consumer_group = ?", row -> {
            TopicPartition partition = new TopicPartition(row.getString(1), row.getInt(2));
            if (partitions.contains(partition)) {
                found.put(partition, row.getLong(3));
            }
        }, group);
        return found;
    }

    @Override
    public void save(String group, Map<TopicPartition, Long> nextOffsets) {
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((partition, offset) -> rows.add(new Object[]{group, partition.topic(), partition.partition(), offset}));
        jdbc.batchUpdate("INSERT INTO consumed_position (consumer_group, topic, partition_no, next_offset) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (consumer_group, topic, partition_no) DO UPDATE SET next_offset = EXCLUDED.next_offset", rows);
    }

    @Override
    public void forget(String group) {
        jdbc.update("DELETE FROM consumed_position WHERE consumer_group = ?", group);
    }
}
