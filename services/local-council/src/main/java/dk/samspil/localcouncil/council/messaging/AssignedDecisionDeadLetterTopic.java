package dk.samspil.localcouncil.council.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class AssignedDecisionDeadLetterTopic {

    @Bean
    KafkaAdmin.NewTopics assignedDecisionDeadLetterTopics() {
        return DeadLetterTopics.forGroup(AssignedDecisionListener.CONSUMER_GROUP, Topics.DISTRICT_COUNCILS);
    }
}
