package dk.samspil.districtcouncil.dashboard.messaging;

import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class DistrictCoordinationDeadLetterTopics {

    @Bean
    KafkaAdmin.NewTopics coordinationDeadLetterTopics() {
        return DeadLetterTopics.forGroup(DistrictCoordinationListener.CONSUMER_GROUP, DistrictCoordinationListener.TOPICS);
    }
}
