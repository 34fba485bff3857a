package dk.samspil.districtcouncil.dashboard.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.districtcouncil.dashboard.query.CoordinationReadModel;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboards' coordination read model from the concerns of every municipality, the local councils, the
 * district councils and the national association's projects. Event types newer than this contract are skipped;
 * unreadable records, and events naming no known municipality, district or local council, go to the group's
 * dead-letter topic of their source topic.
 */
@Component
class DistrictCoordinationListener extends ReadModelListener {

    static final String CONSUMER_GROUP = "district-council-coordination";
    static final String[] TOPICS = {Topics.MUNICIPALITY_CONCERNS, Topics.LOCAL_COUNCILS, Topics.DISTRICT_COUNCILS,
            Topics.NATIONAL_ASSOCIATION_PROJECTS};

    DistrictCoordinationListener(IntegrationEventCodec codec, CoordinationReadModel coordination, ConsumedPositions positions) {
        super(codec, coordination, positions);
    }

    @KafkaListener(topics = {Topics.MUNICIPALITY_CONCERNS, Topics.LOCAL_COUNCILS, Topics.DISTRICT_COUNCILS,
            Topics.NATIONAL_ASSOCIATION_PROJECTS}, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }
}
