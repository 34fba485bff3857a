package dk.samspil.municipality.concernfeed.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.municipality.concernfeed.query.ConcernFeed;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the concern feed from the concern events of every municipality. Event types newer than this contract are
 * skipped; unreadable records, and events naming unknown places, go to the group's dead-letter topic.
 */
@Component
class ConcernFeedListener extends ReadModelListener {

    static final String CONSUMER_GROUP = "municipality-concern-feed";

    ConcernFeedListener(IntegrationEventCodec codec, ConcernFeed feed, ConsumedPositions positions) {
        super(codec, feed, positions);
    }

    @KafkaListener(topics = Topics.MUNICIPALITY_CONCERNS, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }
}
