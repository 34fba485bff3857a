package dk.samspil.municipality.pilotproject.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.municipality.pilotproject.query.PilotProjects;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.RebuildFromStart;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Feeds the pilot municipalities' project lists from the national association's project events. Event types newer
 * than this contract are skipped; unreadable records, and pilot events naming unknown municipalities, go to the
 * group's dead-letter topic. An empty read model (new, or dropped to be rebuilt) reads the topic from the start.
 */
@Component
class PilotProjectsListener implements ConsumerSeekAware {

    static final String CONSUMER_GROUP = "municipality-pilot-projects";

    private final IntegrationEventCodec codec;
    private final PilotProjects pilotProjects;
    private final RebuildFromStart rebuild;

    PilotProjectsListener(IntegrationEventCodec codec, PilotProjects pilotProjects) {
        this.codec = codec;
        this.pilotProjects = pilotProjects;
        this.rebuild = new RebuildFromStart(pilotProjects::isEmpty);
    }

    @KafkaListener(topics = Topics.NATIONAL_ASSOCIATION_PROJECTS, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        codec.fromRecord(record).ifPresent(pilotProjects::apply);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        rebuild.onPartitionsAssigned(assignments, callback);
    }
}
