package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.reference.LocalCouncils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoordinationReadModelConfiguration {

    /** The local councils are the service's table (see the platform's {@code LocalCouncilTable}). */
    @Bean
    CoordinationReadModel coordinationReadModel(MongoDatabase readModelDatabase, LocalCouncils localCouncils) {
        return new CoordinationReadModel(readModelDatabase, localCouncils);
    }
}
