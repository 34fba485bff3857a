package dk.samspil.platform.activity;

import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.DeadLetterTopics;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * A service that declares an {@link ActivityReadModel} bean (the dashboards of the district councils and of the
 * national association) gets it fed from Kafka, with its dead-letter topics, in the consumer group named after it.
 */
@AutoConfiguration(after = KafkaConsumerAutoConfiguration.class)
@ConditionalOnBean(ActivityReadModel.class)
public class ActivityAutoConfiguration {

    @Bean
    ActivityEventsListener activityEventsListener(IntegrationEventCodec codec, ActivityReadModel activity,
                                                  ConsumedPositions positions) {
        return new ActivityEventsListener(codec, activity, positions);
    }

    @Bean
    KafkaAdmin.NewTopics activityDeadLetterTopics(@Value("${spring.application.name}") String consumerGroup) {
        return DeadLetterTopics.forGroup(consumerGroup, ActivityEventsListener.TOPICS);
    }
}
