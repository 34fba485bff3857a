package dk.samspil.platform.axon;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.IntegrationEventCodec;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes integration events from an event processor that reads the service's own event store (the outbox).
 * Sends are asynchronous, but the processor's unit of work (one batch) only commits, and so only advances its
 * token, once Kafka has acknowledged every send of the batch (acks=all, idempotent producer). A failed or
 * unacknowledged send fails the batch, which the processor retries: delivery is at least once, and consumers
 * de-duplicate by aggregate sequence.
 */
public class AcknowledgedKafkaPublisher {

    private static final String PENDING_SENDS = AcknowledgedKafkaPublisher.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final IntegrationEventCodec codec;
    private final Duration acknowledgementTimeout;

    public AcknowledgedKafkaPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, IntegrationEventCodec codec,
                                      Duration acknowledgementTimeout) {
        this.kafkaTemplate = kafkaTemplate;
        this.codec = codec;
        this.acknowledgementTimeout = acknowledgementTimeout;
    }

    /** Must be called inside an Axon unit of work, i.e. from an event handler. */
    public void publish(EventEnvelope<?> envelope) {
        pendingSendsOf(CurrentUnitOfWork.get().root()).add(kafkaTemplate.send(codec.toRecord(envelope)));
    }

    private List<CompletableFuture<?>> pendingSendsOf(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<?>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaPublicationFailedException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new KafkaPublicationFailedException("Kafka refused a send: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaPublicationFailedException("Kafka did not acknowledge within " + acknowledgementTimeout, e);
        }
    }

    public static class KafkaPublicationFailedException extends RuntimeException {
        KafkaPublicationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
