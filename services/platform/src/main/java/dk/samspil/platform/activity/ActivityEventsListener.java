package dk.samspil.platform.activity;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Feeds a service's {@link ActivityReadModel} from the municipalities' initiative, funding-pool and action-plan
 * events, in the consumer group named after the service. Event types newer than this contract are skipped;
 * unreadable records, and events naming no known municipality, go to the group's dead-letter topic of their source
 * topic.
 */
public class ActivityEventsListener extends ReadModelListener {

    static final String[] TOPICS = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS};

    ActivityEventsListener(IntegrationEventCodec codec, ActivityReadModel activity, ConsumedPositions positions) {
        super(codec, activity, positions);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS}, groupId = "${spring.application.name}",
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }
}
