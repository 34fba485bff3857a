package dk.samspil.web.live.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.web.live.web.LiveChannels;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tells the open pages that something changed: every published event names the organisation it came from, which
 * says whose pages show it. Only changes from now on matter, so the listener starts at the end of each partition and
 * never replays; the pages fetch the figures themselves.
 */
@Component
class LiveChangesListener implements ConsumerSeekAware {

    static final String CONSUMER_GROUP = "web-live";
    static final String[] TOPICS = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.LOCAL_COUNCILS,
            Topics.DISTRICT_COUNCILS, Topics.NATIONAL_ASSOCIATION_PROJECTS, Topics.NATIONAL_ASSOCIATION_GATHERINGS};

    private final IntegrationEventCodec codec;
    private final ChangedOrganisations organisations;
    private final LiveChannels channels;

    LiveChangesListener(IntegrationEventCodec codec, ChangedOrganisations organisations, LiveChannels channels) {
        this.codec = codec;
        this.organisations = organisations;
        this.channels = channels;
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS,
            Topics.MUNICIPALITY_ACTION_PLANS, Topics.MUNICIPALITY_CONCERNS, Topics.LOCAL_COUNCILS,
            Topics.DISTRICT_COUNCILS, Topics.NATIONAL_ASSOCIATION_PROJECTS, Topics.NATIONAL_ASSOCIATION_GATHERINGS},
            groupId = CONSUMER_GROUP, containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).map(EventEnvelope::source).map(organisations::channelsOf).ifPresent(channels::changed);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToEnd(assignments.keySet());
    }
}
