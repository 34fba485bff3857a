package dk.samspil.districtcouncil.dashboard.query;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.reference.LocalCouncils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoordinationReadModelConfiguration {

    /** The service's own table of local councils where it configures one, the contract's default otherwise. */
    @Bean
    CoordinationReadModel coordinationReadModel(MongoDatabase readModelDatabase, ObjectProvider<LocalCouncils> localCouncils) {
        return new CoordinationReadModel(readModelDatabase, localCouncils.getIfAvailable(LocalCouncils::defaults));
    }
}
