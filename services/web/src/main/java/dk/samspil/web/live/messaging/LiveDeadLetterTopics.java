package dk.samspil.web.live.messaging;

import dk.samspil.platform.kafka.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class LiveDeadLetterTopics {

    @Bean
    KafkaAdmin.NewTopics liveChangesDeadLetterTopics() {
        return DeadLetterTopics.forGroup(LiveChangesListener.CONSUMER_GROUP, LiveChangesListener.TOPICS);
    }
}
