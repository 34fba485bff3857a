package dk.samspil.districtcouncil;

import com.mongodb.client.MongoDatabase;
import dk.samspil.platform.activity.ActivityReadModel;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The district council (kredsråd) of each police district: its dashboard over the municipalities' initiatives. */
@SpringBootApplication
public class DistrictCouncilApplication {

    public static void main(String[] args) {
        SpringApplication.run(DistrictCouncilApplication.class, args);
    }

    /** The municipalities' activity, fed from Kafka by the platform (see {@code ActivityAutoConfiguration}). */
    @Bean
    ActivityReadModel activityReadModel(MongoDatabase readModelDatabase, Clock clock) {
        return new ActivityReadModel(readModelDatabase, clock);
    }
}
