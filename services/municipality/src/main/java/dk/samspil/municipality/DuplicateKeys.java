package dk.samspil.municipality;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default resolver for the JDBC event store only knows {@code SQLIntegrityConstraintViolationException}, which
 * the PostgreSQL driver never throws: a second event with the same aggregate id and sequence surfaced as a plain
 * {@code EventStoreException} (500). PostgreSQL's unique-violation state 23505 makes it what it is: an
 * {@code AggregateStreamCreationException} for a second aggregate with the same id (a funding pool opened twice),
 * a {@code ConcurrencyException} for a concurrent change.
 */
@Configuration(proxyBeanMethods = false)
class DuplicateKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }
}
