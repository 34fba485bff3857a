package dk.samspil.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a consumed record sits: a partition of a topic and an offset in it. */
public record RecordPosition(String topic, int partition, long offset) {

    public static RecordPosition of(ConsumerRecord<?, ?> record) {
        return new RecordPosition(record.topic(), record.partition(), record.offset());
    }

    /** A key safe to use as a document field name (no dots). */
    public String partitionKey() {
        return topic.replace('.', '_') + "-" + partition;
    }
}
