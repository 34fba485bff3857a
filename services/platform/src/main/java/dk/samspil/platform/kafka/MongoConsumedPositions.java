package dk.samspil.platform.kafka;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ConsumedPositions} in the read-model database, collection {@value #COLLECTION}, one document per partition. */
public final class MongoConsumedPositions implements ConsumedPositions {

    public static final String COLLECTION = "consumed_positions";

    private static final String GROUP = "group";
    private static final String TOPIC = "topic";
    private static final String PARTITION = "partition";
    private static final String NEXT_OFFSET = "nextOffset";

    private final MongoCollection<Document> positions;

    public MongoConsumedPositions(MongoDatabase database) {
        this.positions = database.getCollection(COLLECTION);
    }

    @Override
    public Map<TopicPartition, Long> nextOffsets(String group, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> found = new HashMap<>();
        positions.find(Filters.eq(GROUP, group)).forEach(document -> {
            TopicPartition partition = new TopicPartition(document.getString(TOPIC), document.getInteger(PARTITION));
            if (partitions.contains(partition)) {
                found.put(partition, document.getLong(NEXT_OFFSET));
            }
        });
        return found;
    }

    @Override
    public void save(String group, Map<TopicPartition, Long> nextOffsets) {
        List<WriteModel<Document>> writes = nextOffsets.entrySet().stream()
                .<WriteModel<Document>>map(position -> new ReplaceOneModel<>(Filters.eq("_id", id(group, position.getKey())),
                        new Document(GROUP, group).append(TOPIC, position.getKey().topic())
                                .append(PARTITION, position.getKey().partition()).append(NEXT_OFFSET, position.getValue()),
                        new ReplaceOptions().upsert(true)))
                .toList();
        if (!writes.isEmpty()) {
            positions.bulkWrite(writes);
        }
    }

    @Override
    public void forget(String group) {
        positions.deleteMany(Filters.eq(GROUP, group));
    }

    private static String id(String group, TopicPartition partition) {
        return group + "/" + partition.topic() + "/" + partition.partition();
    }
}
