package dk.samspil.platform.kafka;

import dk.samspil.contracts.Topics;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.contracts.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Clock;
import java.time.Duration;

/**
 * Consuming integration events: records arrive as raw bytes and are decoded inside the listener, so that an
 * undecodable record still reaches the error handler. Malformed records go straight to the group's dead-letter
 * topic and the partition moves on; a failure the record will meet again however often it is tried
 * ({@link DeterministicFailures}) goes there after three tries; any other failure (a read model that is down) is
 * retried with backoff for as long as it takes, so nothing is skipped. Every dead letter is logged with its topic,
 * partition, offset and reason, and counted ({@value #DEAD_LETTERS}, by topic and group).
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class KafkaConsumerAutoConfiguration {

    public static final String LISTENER_FACTORY = "integrationEventListenerFactory";
    public static final String DEAD_LETTERS = "samspil.kafka.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(KafkaConsumerAutoConfiguration.class);
    /** A failure that will not pass: two more tries half a second apart (a race on start-up), then the dead letters. */
    private static final BackOff DETERMINISTIC_TRIES = new FixedBackOff(500, 2);

    @Bean
    @ConditionalOnMissingBean
    IntegrationEventCodec integrationEventCodec() {
        return new IntegrationEventCodec();
    }

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    BackgroundTopicCreation backgroundTopicCreation(KafkaAdmin kafkaAdmin, ListableBeanFactory beans) {
        return new BackgroundTopicCreation(kafkaAdmin, beans);
    }

    /** Readiness DOWN while a consumer is held up by a record for longer than {@code samspil.kafka.stuck-after}. */
    @Bean
    StuckConsumers kafkaConsumersHealthIndicator(@Value("${samspil.kafka.stuck-after:60s}") Duration stuckAfter) {
        return new StuckConsumers(stuckAfter, Clock.systemUTC());
    }

    @Bean(LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> integrationEventListenerFactory(
            ConsumerFactory<String, byte[]> consumerFactory, KafkaTemplate<String, byte[]> kafkaTemplate,
            @Value("${spring.kafka.consumer.group-id}") String defaultGroup,
            @Value("${samspil.kafka.listener-concurrency:2}") int concurrency, ObjectProvider<MeterRegistry> meters,
            StuckConsumers stuckConsumers) {
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumerFactory);
        factory.setConcurrency(concurrency);
        factory.setCommonErrorHandler(errorHandler(kafkaTemplate, defaultGroup,
                meters.getIfAvailable(SimpleMeterRegistry::new), stuckConsumers));
        factory.setRecordInterceptor(new RecordInterceptor<>() {
            @Override
            public ConsumerRecord<String, byte[]> intercept(ConsumerRecord<String, byte[]> record,
                                                            Consumer<String, byte[]> consumer) {
                return record;
            }

            @Override
            public void success(ConsumerRecord<String, byte[]> record, Consumer<String, byte[]> consumer) {
                stuckConsumers.succeeded(record);
            }
        });
        return factory;
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, String defaultGroup,
                                                    MeterRegistry meters, StuckConsumers stuckConsumers) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate, (record, exception) -> {
            String group = KafkaUtils.getConsumerGroupId() != null ? KafkaUtils.getConsumerGroupId() : defaultGroup;
            TopicPartition deadLetters = new TopicPartition(Topics.deadLetterTopic(record.topic(), group), record.partition());
            // Spring Kafka publishes to the dead-letter topic without a word: say which record left the read model.
            log.error("Record {}-{}@{} (key {}) goes to {}: {}", record.topic(), record.partition(), record.offset(),
                    record.key(), deadLetters.topic(), NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
            meters.counter(DEAD_LETTERS, "topic", record.topic(), "group", group).increment();
            return deadLetters;
        });
        ExponentialBackOff whileItMayPass = new ExponentialBackOff(200, 2.0);
        whileItMayPass.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, whileItMayPass);
        handler.setBackOffFunction((record, failure) ->
                DeterministicFailures.isDeterministic(failure) ? DETERMINISTIC_TRIES : null);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners((record, failure, attempt) -> {
            if (attempt == 1 || attempt % 10 == 0) {
                log.warn("Record {}-{}@{} (key {}) failed, attempt {}: {}", record.topic(),
                        record.partition(), record.offset(), record.key(), attempt,
                        NestedExceptionUtils.getMostSpecificCause(failure).toString());
            }
        }, stuckConsumers);
        return handler;
    }
}
