package dk.samspil.municipality.concernfeed.messaging;

import dk.samspil.contracts.Topics;
import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class ConcernFeedMessaging {

    @Bean
    KafkaAdmin.NewTopics concernFeedDeadLetterTopics() {
        return DeadLetterTopics.forGroup(ConcernFeedListener.CONSUMER_GROUP, Topics.MUNICIPALITY_CONCERNS);
    }
}
