package dk.samspil.nationalassociation.overview.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.nationalassociation.overview.query.NationalOverviewProjection;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.RecordPosition;
import dk.samspil.platform.kafka.RebuildFromStart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Feeds the national overview from the municipalities' initiative, funding-pool and action-plan events. Event types
 * newer than this contract are skipped; unreadable records, and events naming no known municipality, go to the
 * group's dead-letter topic of their source topic.
 */
@Component
class MunicipalityEventsListener implements ConsumerSeekAware {

    static final String CONSUMER_GROUP = "national-association";

    private final IntegrationEventCodec codec;
    private final NationalOverviewProjection overview;
    private final RebuildFromStart rebuild;

    MunicipalityEventsListener(IntegrationEventCodec codec, NationalOverviewProjection overview) {
        this.codec = codec;
        this.overview = overview;
        this.rebuild = new RebuildFromStart(overview::isEmpty);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS}, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(event -> overview.on(event, RecordPosition.of(record)));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
