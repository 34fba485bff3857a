package dk.samspil.platform.kafka;

import dk.samspil.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;

/** The dead-letter topics a consumer group needs, one per source topic with as many partitions as the source. */
public final class DeadLetterTopics {

    private DeadLetterTopics() {
    }

    public static KafkaAdmin.NewTopics forGroup(String consumerGroup, String... sourceTopics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(sourceTopics)
                .map(Topics::definition)
                .map(source -> TopicBuilder.name(Topics.deadLetterTopic(source.name(), consumerGroup))
                        .partitions(source.partitions())
                        .replicas(1)
                        .configs(Topics.KEPT_FOREVER)
                        .build())
                .toArray(NewTopic[]::new));
    }
}
