package dk.samspil.web.municipality.concern.query;

import java.time.Instant;
import java.util.List;

/** One webhook call with its attempts; {@code nextAttemptAt} is null once it is over. */
public record WebhookDelivery(String deliveryId, String concernId, String eventType, String url, Instant createdAt,
                              List<Attempt> attempts, Instant nextAttemptAt, String outcome, String outcomeLabel) {

    /** {@code statusCode} is null when no answer came; {@code error} then says why. */
    public record Attempt(Instant at, Integer statusCode, String error) {
    }
}
