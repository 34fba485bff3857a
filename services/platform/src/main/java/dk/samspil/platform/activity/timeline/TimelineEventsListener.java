package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Feeds a service's {@link ActivityTimeline} in the consumer group {@code <service>-timeline}. Event types newer than
 * this contract are skipped; unreadable records and events naming no known municipality or district go to the group's
 * dead-letter topics.
 */
public class TimelineEventsListener extends ReadModelListener {

    static final String[] TOPICS = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.NATIONAL_ASSOCIATION_PROJECTS,
            Topics.NATIONAL_ASSOCIATION_GATHERINGS};

    TimelineEventsListener(IntegrationEventCodec codec, ActivityTimeline timeline, ConsumedPositions positions) {
        super(codec, timeline, positions);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.NATIONAL_ASSOCIATION_PROJECTS,
            Topics.NATIONAL_ASSOCIATION_GATHERINGS}, groupId = "${spring.application.name}" + TimelineAutoConfiguration.GROUP_SUFFIX,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }
}
