package dk.samspil.platform.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dk.samspil.platform.kafka.ConsumedPositions;
import dk.samspil.platform.kafka.MongoConsumedPositions;
import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;

/** The service's own read-model database, named by {@code spring.mongodb.uri}. */
@AutoConfiguration(after = org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration.class)
@ConditionalOnBean(MongoClient.class)
public class MongoAutoConfiguration {

    @Bean
    MongoDatabase readModelDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    /** Kafka consumers' positions beside the read models they feed: see {@link ConsumedPositions}. */
    @Bean
    ConsumedPositions consumedPositions(MongoDatabase readModelDatabase) {
        return new MongoConsumedPositions(readModelDatabase);
    }

    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase readModelDatabase) {
        return new AbstractHealthIndicator("MongoDB is not reachable") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                readModelDatabase.runCommand(new Document("ping", 1));
                builder.up().withDetail("database", readModelDatabase.getName());
            }
        };
    }
}
