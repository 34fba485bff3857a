package dk.samspil.nationalassociation;

import com.mongodb.client.MongoDatabase;
import dk.samspil.platform.activity.ActivityReadModel;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The national association (SSP-Samrådet): its overview of the municipalities' SSP work, per police district. */
@SpringBootApplication
public class NationalAssociationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NationalAssociationApplication.class, args);
    }

    /** The municipalities' activity, fed from Kafka by the platform (see {@code ActivityAutoConfiguration}). */
    @Bean
    ActivityReadModel activityReadModel(MongoDatabase readModelDatabase, Clock clock) {
        return new ActivityReadModel(readModelDatabase, clock);
    }
}
