package dk.samspil.municipality.pilotproject.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.municipality.pilotproject.query.PilotProjects;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the pilot municipalities' project lists from the national association's project events. Event types newer
 * than this contract are skipped; unreadable records, and pilot events naming unknown municipalities, go to the
 * group's dead-letter topic.
 */
@Component
class PilotProjectsListener extends ReadModelListener {

    static final String CONSUMER_GROUP = "municipality-pilot-projects";

    PilotProjectsListener(IntegrationEventCodec codec, PilotProjects pilotProjects, ConsumedPositions positions) {
        super(codec, pilotProjects, positions);
    }

    @KafkaListener(topics = Topics.NATIONAL_ASSOCIATION_PROJECTS, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }
}
