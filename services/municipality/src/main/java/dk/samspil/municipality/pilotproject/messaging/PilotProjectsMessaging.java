package dk.samspil.municipality.pilotproject.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class PilotProjectsMessaging {

    @Bean
    KafkaAdmin.NewTopics pilotProjectsDeadLetterTopics() {
        return DeadLetterTopics.forGroup(PilotProjectsListener.CONSUMER_GROUP, Topics.NATIONAL_ASSOCIATION_PROJECTS);
    }
}
