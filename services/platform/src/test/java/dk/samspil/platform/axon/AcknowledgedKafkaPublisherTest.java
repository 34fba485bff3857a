package dk.samspil.platform.axon;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.IntegrationEventCodec;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.InitiativeApproved;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publisher's batch (and with it the processor's token) commits only after Kafka acknowledged every send.
 * Kafka's own {@link MockProducer} stands in for the broker so that acknowledgements and failures can be timed.
 */
class AcknowledgedKafkaPublisherTest {

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
    private final AtomicBoolean committed = new AtomicBoolean();
    private final AtomicBoolean rolledBack = new AtomicBoolean();

    @Test
    void the_batch_commits_only_after_every_send_is_acknowledged() {
        AcknowledgedKafkaPublisher publisher = publisher(Duration.ofSeconds(10));
        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> publishInBatch(publisher, "i-1", "i-2"));

        await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 2);
        producer.completeNext();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !committed.get());

        producer.completeNext();

        await().atMost(Duration.ofSeconds(5)).until(committed::get);
        assertThat(commit).succeedsWithin(Duration.ofSeconds(5));
        assertThat(producer.history()).extracting(record -> record.key()).containsExactly("i-1", "i-2");
    }

    @Test
    void a_refused_send_rolls_the_batch_back() {
        AcknowledgedKafkaPublisher publisher = publisher(Duration.ofSeconds(10));
        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> publishInBatch(publisher, "i-1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> producer.history().size() == 1);
        producer.errorNext(new RuntimeException("not enough in-sync replicas"));

        assertThat(commit).failsWithin(Duration.ofSeconds(5));
        assertThat(committed).isFalse();
        assertThat(rolledBack).isTrue();
    }

    @Test
    void a_send_never_acknowledged_rolls_the_batch_back_after_the_timeout() {
        AcknowledgedKafkaPublisher publisher = publisher(Duration.ofMillis(200));

        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> publishInBatch(publisher, "i-1"));

        assertThat(commit).failsWithin(Duration.ofSeconds(5));
        assertThat(committed).isFalse();
        assertThat(rolledBack).isTrue();
    }

    private void publishInBatch(AcknowledgedKafkaPublisher publisher, String... aggregateIds) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        batch.onCommit(unitOfWork -> committed.set(true));
        batch.onRollback(unitOfWork -> rolledBack.set(true));
        for (String aggregateId : aggregateIds) {
            publisher.publish(approved(aggregateId));
        }
        batch.commit();
    }

    private AcknowledgedKafkaPublisher publisher(Duration timeout) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(() -> producer) {
            @Override
            protected void closeProducer(Producer<String, byte[]> ignored, boolean inTransaction) {
                // the same MockProducer serves every send
            }
        };
        return new AcknowledgedKafkaPublisher(template, new IntegrationEventCodec(), timeout);
    }

    private static EventEnvelope<InitiativeApproved> approved(String aggregateId) {
        return new EventEnvelope<>("event-" + aggregateId, EventTypes.INITIATIVE_APPROVED, Sources.municipality("0101"),
                aggregateId, OffsetDateTime.parse("2026-11-23T10:00:00Z"), 1, new InitiativeApproved(aggregateId, "0101", null));
    }
}
