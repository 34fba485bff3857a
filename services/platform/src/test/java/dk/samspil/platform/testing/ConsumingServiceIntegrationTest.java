package dk.samspil.platform.testing;

import dk.samspil.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that consumes contract events, whole, against a real Kafka broker (one per class) and the Mongo-wire
 * server; {@link #kafka} produces and reads contract traffic, {@link #http} calls the service with a token
 * ({@link TestTokens.Support}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@AutoConfigureTestRestTemplate
@AutoConfigureMetrics
@EmbeddedKafka
@Import({ConsumingServiceIntegrationTest.ContractTopics.class, TestTokens.Support.class})
public abstract class ConsumingServiceIntegrationTest {

    protected static ContractTraffic kafka;

    @Autowired
    protected TestRestTemplate http;

    @Value("${spring.application.name}")
    private String application;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> TestMongoServer.uri("consuming-service-test"));
    }

    @BeforeAll
    static void connect(@Autowired EmbeddedKafkaBroker broker) {
        kafka = new ContractTraffic(broker.getBrokersAsString());
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /** The dead-letter topic of this service's consumer group for the source topic. */
    protected String deadLetters(String sourceTopic) {
        return Topics.deadLetterTopic(sourceTopic, application);
    }

    @Test
    void the_source_topics_have_the_contract_partitions() {
        for (Topics.TopicDefinition topic : Topics.ALL) {
            assertThat(kafka.partitionCount(topic.name())).as(topic.name()).isEqualTo(topic.partitions());
        }
    }

    @Test
    void is_ready_and_serves_metrics() {
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> metrics = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes", "application=\"" + application + "\"");
    }

    /**
     * Creates every contract topic with its own partition count (the annotation knows one count for all) while the
     * context starts, before the listeners subscribe; a dead-letter topic has as many partitions as its source.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ContractTopics {

        @Bean
        InitializingBean contractTopicsOnTheBroker(EmbeddedKafkaBroker broker) {
            return () -> broker.addTopics(Topics.ALL.stream()
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1))
                    .toArray(NewTopic[]::new));
        }
    }
}
