package dk.samspil.platform.axon;

import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.platform.config.FlywayLocations;
import dk.samspil.platform.cpr.CprCheckedCommands;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.provenance.Actor;
import dk.samspil.platform.provenance.ActorResolver;
import dk.samspil.platform.provenance.ProvenanceMetadata;
import dk.samspil.platform.provenance.RequestProvenanceFilter;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/** Axon on the service's own PostgreSQL database (Axon's JDBC engine, tables by Flyway) and publishing to Kafka. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, KafkaConsumerAutoConfiguration.class},
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@ConditionalOnClass(ConfigurerModule.class)
public class AxonPlatformAutoConfiguration {

    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";

    /**
     * Axon's default logs a failing event handler and skips the event. Read models and the Kafka publisher must not
     * skip: the processor stops, backs off and retries the batch from its last token.
     */
    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's default resolver for the JDBC event store only knows {@code SQLIntegrityConstraintViolationException},
     * which the PostgreSQL driver never throws: a second event with the same aggregate id and sequence surfaced as a
     * plain {@code EventStoreException} (500). PostgreSQL's unique-violation state 23505 makes it what it is: an
     * {@code AggregateStreamCreationException} for a second aggregate with the same id (a pool opened twice), a
     * {@code ConcurrencyException} for a concurrent change.
     */
    @Bean
    @ConditionalOnMissingBean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(POSTGRES_UNIQUE_VIOLATION);
    }

    /** Events, snapshots and tokens keep the JSON the Jackson 2 serializer wrote before Spring Boot 4. */
    @Bean
    Jackson3SerializerCustomizer storedEventJson() {
        return new StoredEventJson();
    }

    /** Axon registers it on the command gateway: every command names who sent it and the request it belongs to. */
    @Bean
    ProvenanceMetadata provenanceMetadata(@Value("${spring.application.name}") String service) {
        return new ProvenanceMetadata(service);
    }

    @Bean
    @ConditionalOnMissingBean
    ActorResolver actorResolver() {
        return request -> Actor.ANONYMOUS;
    }

    @Bean
    RequestProvenanceFilter requestProvenanceFilter(ActorResolver actors) {
        return new RequestProvenanceFilter(actors);
    }

    /** Actor and request go from the command onto its events; declaring it replaces Axon's default provider, so that too. */
    @Bean
    CorrelationDataProvider provenanceCorrelation() {
        return new SimpleCorrelationDataProvider(ProvenanceMetadata.ACTOR_ID, ProvenanceMetadata.ACTOR_ORGANISATION,
                ProvenanceMetadata.CORRELATION_ID);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Axon registers it on the command gateway: every command's texts are checked for CPR numbers before dispatch. */
    @Bean
    CprCheckedCommands cprCheckedCommands() {
        return new CprCheckedCommands();
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    AcknowledgedKafkaPublisher acknowledgedKafkaPublisher(KafkaTemplate<String, byte[]> kafkaTemplate,
                                                          IntegrationEventCodec codec,
                                                          @Value("${samspil.kafka.acknowledgement-timeout:30s}") Duration timeout) {
        return new AcknowledgedKafkaPublisher(kafkaTemplate, codec, timeout);
    }

    @Bean
    @ConditionalOnBean(AcknowledgedKafkaPublisher.class)
    DomainEventPublication domainEventPublication(AcknowledgedKafkaPublisher publisher) {
        return new DomainEventPublication(publisher);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    static class EventStorage {

        /**
         * The engine Axon's {@code JdbcAutoConfiguration} would build, waiting for late commits as
         * {@link EventStoreGaps} explains; Axon's own steps aside for it.
         */
        @Bean
        @ConditionalOnMissingBean({EventStorageEngine.class, EventBus.class, EventStore.class})
        EventStorageEngine eventStorageEngine(Serializer serializer,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              PersistenceExceptionResolver persistenceExceptionResolver,
                                              org.axonframework.config.Configuration configuration,
                                              ConnectionProvider connectionProvider,
                                              TransactionManager transactionManager,
                                              @Value("${samspil.datasource.transaction-timeout}") Duration transactionTimeout) {
            return EventStoreGaps.waitingForLateCommits(JdbcEventStorageEngine.builder(), transactionTimeout)
                    .snapshotSerializer(serializer)
                    .eventSerializer(eventSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .snapshotFilter(configuration.snapshotFilter())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    static class AxonSchema {

        /** Axon's tables come with the platform; the service's own migrations stay in {@code db/migration}. */
        @Bean
        FlywayConfigurationCustomizer axonTables() {
            return FlywayLocations.adding("classpath:db/axon");
        }
    }
}
