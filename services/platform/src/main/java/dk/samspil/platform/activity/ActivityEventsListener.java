package dk.samspil.platform.activity;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.RebuildFromStart;
import dk.samspil.platform.kafka.RecordPosition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.Map;

/**
 * Feeds a service's {@link ActivityReadModel} from the municipalities' initiative, funding-pool and action-plan
 * events, in the consumer group named after the service. Event types newer than this contract are skipped;
 * unreadable records, and events naming no known municipality, go to the group's dead-letter topic of their source
 * topic. An empty read model (new, or dropped to be rebuilt) reads the topics from the start.
 */
public class ActivityEventsListener implements ConsumerSeekAware {

    static final String[] TOPICS = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS};

    private final IntegrationEventCodec codec;
    private final ActivityReadModel activity;
    private final RebuildFromStart rebuild;

    ActivityEventsListener(IntegrationEventCodec codec, ActivityReadModel activity) {
        this.codec = codec;
        this.activity = activity;
        this.rebuild = new RebuildFromStart(activity::isEmpty);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS}, groupId = "${spring.application.name}",
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(event -> activity.apply(event, RecordPosition.of(record)));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
