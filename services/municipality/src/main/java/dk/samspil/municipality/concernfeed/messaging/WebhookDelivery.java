package dk.samspil.municipality.concernfeed.messaging;

import java.time.Instant;
import java.util.List;

/** One webhook call of a feed entry with its attempts; {@code nextAttemptAt} is null once it is over. */
public record WebhookDelivery(String deliveryId, String subscriptionId, String concernId, String eventType,
                              String url, Instant createdAt, List<Attempt> attempts, Instant nextAttemptAt,
                              DeliveryOutcome outcome, String outcomeLabel) {

    /** {@code statusCode} is null when no answer came; {@code error} then says why. */
    public record Attempt(Instant at, Integer statusCode, String error) {
    }
}
