package dk.samspil.municipality.similar.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.municipality.similar.query.SimilarInitiativeProjection;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the similar-initiative search from the initiative events of every municipality, this one's own included.
 * Event types newer than this contract are skipped; unreadable records, and events naming no known municipality, go
 * to the group's dead-letter topic.
 */
@Component
class SimilarInitiativesListener extends ReadModelListener {

    static final String CONSUMER_GROUP = "municipality-similar";

    SimilarInitiativesListener(IntegrationEventCodec codec, SimilarInitiativeProjection projection,
                               ConsumedPositions positions) {
        super(codec, projection, positions);
    }

    @KafkaListener(topics = Topics.MUNICIPALITY_INITIATIVES, groupId = CONSUMER_GROUP,
            containerFactory = KafkaConsumerAutoConfiguration.LISTENER_FACTORY)
    void on(ConsumerRecord<String, byte[]> record) {
        receive(record);
    }
}
