package dk.samspil.municipality.concernfeed.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.municipality.concernfeed.query.ConcernFeed;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.RebuildFromStart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Feeds the concern feed from the concern events of every municipality. Event types newer than this contract are
 * skipped; unreadable records, and events naming unknown places, go to the group's dead-letter topic. An empty feed
 * (new, or dropped to be rebuilt) reads the topic from the start.
 */
@Component
class ConcernFeedListener implements ConsumerSeekAware {

    static final String CONSUMER_GROUP = "municipality-concern-feed";

    private final IntegrationEventCodec codec;
    private final ConcernFeed feed;
    private final RebuildFromStart rebuild;

    ConcernFeedListener(IntegrationEventCodec codec, ConcernFeed feed) {
        this.codec = codec;
        this.feed = feed;
        this.rebuild = new RebuildFromStart(feed::isEmpty);
    }

    @KafkaListener(topics = Topics.MUNICIPALITY_CONCERNS, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(feed::apply);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
