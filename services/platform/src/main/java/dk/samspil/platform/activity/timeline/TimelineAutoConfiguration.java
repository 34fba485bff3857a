package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.config.FlywayLocations;
import dk.samspil.platform.kafka.DeadLetterTopics;
import dk.samspil.platform.kafka.JdbcConsumedPositions;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/**
 * A service with {@code samspil.timeline.enabled=true} (the national association, the district councils) gets an
 * {@link ActivityTimeline} in its own PostgreSQL database, its tables by Flyway, fed from Kafka in the consumer group
 * {@code <service>-timeline} with its dead-letter topics.
 */
@AutoConfiguration(after = {KafkaConsumerAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnProperty(name = "samspil.timeline.enabled", havingValue = "true")
public class TimelineAutoConfiguration {

    static final String GROUP_SUFFIX = "-timeline";

    @Bean
    ActivityTimeline activityTimeline(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        return new ActivityTimeline(jdbc, transactionManager, clock);
    }

    @Bean
    TimelineEventsListener timelineEventsListener(IntegrationEventCodec codec, ActivityTimeline timeline, JdbcTemplate jdbc) {
        return new TimelineEventsListener(codec, timeline, new JdbcConsumedPositions(jdbc));
    }

    @Bean
    KafkaAdmin.NewTopics timelineDeadLetterTopics(@Value("${spring.application.name}") String application) {
        return DeadLetterTopics.forGroup(application + GROUP_SUFFIX, TimelineEventsListener.TOPICS);
    }

    /** The timeline's tables come with the platform, beside Axon's. */
    @Bean
    FlywayConfigurationCustomizer timelineTables() {
        return FlywayLocations.adding("classpath:db/timeline");
    }
}
