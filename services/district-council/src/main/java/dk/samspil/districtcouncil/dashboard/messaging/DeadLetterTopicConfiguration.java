package dk.samspil.districtcouncil.dashboard.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class DeadLetterTopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics districtCouncilDeadLetterTopics() {
        return DeadLetterTopics.forGroup(MunicipalityEventsListener.CONSUMER_GROUP,
                Topics.MUNICIPALITY_INITIATIVES, Topics.MUNICIPALITY_FUNDING_POOLS, Topics.MUNICIPALITY_ACTION_PLANS);
    }
}
