package dk.samspil.municipality.similar.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class SimilarInitiativesDeadLetterTopic {

    @Bean
    KafkaAdmin.NewTopics similarInitiativesDeadLetterTopics() {
        return DeadLetterTopics.forGroup(SimilarInitiativesListener.CONSUMER_GROUP, Topics.MUNICIPALITY_INITIATIVES);
    }
}
