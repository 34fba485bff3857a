package dk.samspil.platform.axon;

import dk.samspil.contracts.events.IntegrationEventCodec;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/** Axon on the service's own PostgreSQL database (Axon's JDBC engine, tables by Flyway) and publishing to Kafka. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, KafkaConsumerAutoConfiguration.class})
@ConditionalOnClass(ConfigurerModule.class)
public class AxonPlatformAutoConfiguration {

    /**
     * Axon's default logs a failing event handler and skips the event. Read models and the Kafka publisher must not
     * skip: the processor stops, backs off and retries the batch from its last token.
     */
    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    AcknowledgedKafkaPublisher acknowledgedKafkaPublisher(KafkaTemplate<String, byte[]> kafkaTemplate,
                                                          IntegrationEventCodec codec,
                                                          @Value("${samspil.kafka.acknowledgement-timeout:30s}") Duration timeout) {
        return new AcknowledgedKafkaPublisher(kafkaTemplate, codec, timeout);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
    static class AxonSchema {

        /** Axon's tables come with the platform; the service's own migrations stay in {@code db/migration}. */
        @Bean
        FlywayConfigurationCustomizer axonTables() {
            return configuration -> configuration.locations(Stream.concat(
                            Arrays.stream(configuration.getLocations()),
                            Stream.of(new Location("classpath:db/axon")))
                    .toArray(Location[]::new));
        }
    }
}
