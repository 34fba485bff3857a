package dk.samspil.platform.rebuild;

import com.mongodb.client.MongoDatabase;
import dk.samspil.platform.kafka.KafkaConsumerAutoConfiguration;
import dk.samspil.platform.kafka.ReadModelListener;
import dk.samspil.platform.mongo.MongoAutoConfiguration;
import org.apache.kafka.clients.admin.Admin;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every read model of a service can be rebuilt through {@link ReadModelsEndpoint}; lost Axon projections rebuild by themselves. */
@AutoConfiguration(after = {KafkaConsumerAutoConfiguration.class, MongoAutoConfiguration.class})
public class ReadModelRebuildAutoConfiguration {

    @Bean
    ReadModelsEndpoint readModelsEndpoint(ObjectProvider<AxonProjections> axonProjections,
                                          ObjectProvider<ReadModelListener> listeners,
                                          ObjectProvider<KafkaListenerEndpointRegistry> registry,
                                          ObjectProvider<KafkaAdmin> kafkaAdmin) {
        // Kept: a Kafka read model remembers that it is being rebuilt until it has caught up.
        Map<String, RebuildableReadModel> kafkaReadModels = new ConcurrentHashMap<>();
        return new ReadModelsEndpoint(() -> {
            List<RebuildableReadModel> readModels = new ArrayList<>();
            axonProjections.ifAvailable(projections -> readModels.addAll(projections.all()));
            listeners.orderedStream().forEach(listener -> listener.consumerGroup().ifPresent(group ->
                    readModels.add(kafkaReadModels.computeIfAbsent(group, named -> new KafkaReadModel(named, listener,
                            containersOf(named, registry.getObject()),
                            () -> Admin.create(kafkaAdmin.getObject().getConfigurationProperties()))))));
            return readModels;
        });
    }

    private static List<MessageListenerContainer> containersOf(String group, KafkaListenerEndpointRegistry registry) {
        Collection<MessageListenerContainer> all = registry.getListenerContainers();
        return all.stream().filter(container -> group.equals(container.getGroupId())).toList();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ConfigurerModule.class)
    static class Axon {

        @Bean
        AxonProjections axonProjections(ObjectProvider<EventProcessingConfiguration> processing,
                                        @Value("${samspil.axon.not-read-models:kafka-publisher}") Set<String> notReadModels) {
            return new AxonProjections(processing, notReadModels);
        }

        @Bean
        @ConditionalOnBean(MongoDatabase.class)
        LostProjections lostProjections(AxonProjections projections, MongoDatabase readModelDatabase, Clock clock) {
            return new LostProjections(projections, readModelDatabase, clock);
        }
    }
}
