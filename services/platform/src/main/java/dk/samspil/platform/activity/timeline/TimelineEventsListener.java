package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.RebuildFromStart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import java.util.Map;

/**
 * Feeds a service's {@link ActivityTimeline} in the consumer group {@code <service>-timeline}. Event types newer than
 * this contract are skipped; unreadable records and events naming no known municipality or district go to the group's
 * dead-letter topics. An empty timeline (new, or dropped to be rebuilt) reads the topics from the start.
 */
public class TimelineEventsListener implements ConsumerSeekAware {

    static final String[] TOPICS = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.NATIONAL_ASSOCIATION_PROJECTS,
            Topics.NATIONAL_ASSOCIATION_GATHERINGS};

    private final IntegrationEventCodec codec;
    private final ActivityTimeline timeline;
    private final RebuildFromStart rebuild;

    TimelineEventsListener(IntegrationEventCodec codec, ActivityTimeline timeline) {
        this.codec = codec;
        this.timeline = timeline;
        this.rebuild = new RebuildFromStart(timeline::isEmpty);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.NATIONAL_ASSOCIATION_PROJECTS,
            Topics.NATIONAL_ASSOCIATION_GATHERINGS}, groupId = "${spring.application.name}" + TimelineAutoConfiguration.GROUP_SUFFIX,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(timeline::apply);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
