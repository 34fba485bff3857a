package dk.samspil.platform.kafka;

import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Map;

/**
 * Where a consumer group's read model has read its topics to, kept in the read model's own store rather than in the
 * group's committed offsets: whichever consumer is given a partition, in this process or another, after a rebalance,
 * a restart or a rebuild, goes on from what the read model has actually applied. A read model that loses its data loses
 * these too, and a read model dropped for a rebuild forgets them, so both read their topics again from the start.
 */
public interface ConsumedPositions {

    /** The offset to read next per partition, for the partitions that have one. */
    Map<TopicPartition, Long> nextOffsets(String group, Collection<TopicPartition> partitions);

    void save(String group, Map<TopicPartition, Long> nextOffsets);

    void forget(String group);
}
