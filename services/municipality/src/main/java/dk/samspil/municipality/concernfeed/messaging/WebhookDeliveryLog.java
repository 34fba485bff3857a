package dk.samspil.municipality.concernfeed.messaging;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook deliveries, pending and done, in MongoDB ({@code _id} = delivery id), so a restart loses none. The id follows
 * from subscription, concern and sequence: the same feed entry told twice is one delivery.
 */
@Component
public class WebhookDeliveryLog {

    private final MongoCollection<Document> deliveries;

    WebhookDeliveryLog(MongoDatabase readModelDatabase) {
        this.deliveries = readModelDatabase.getCollection("concern_webhook_deliveries");
    }

    static String deliveryId(String subscriptionId, String concernId, long sequence) {
        return UUID.nameUUIDFromBytes((subscriptionId + "/" + concernId + "/" + sequence)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    void enqueue(String deliveryId, String subscriptionId, String concernId, String eventType, String url, String body,
                 Instant now) {
        deliveries.updateOne(Filters.eq("_id", deliveryId), Updates.combine(
                Updates.setOnInsert("subscriptionId", subscriptionId),
                Updates.setOnInsert("concernId", concernId),
                Updates.setOnInsert("eventType", eventType),
                Updates.setOnInsert("url", url),
                Updates.setOnInsert("body", body),
                Updates.setOnInsert("createdAt", Date.from(now)),
                Updates.setOnInsert("attempts", List.of()),
                Updates.setOnInsert("outcome", DeliveryOutcome.PENDING.name()),
                Updates.setOnInsert("nextAttemptAt", Date.from(now))), new UpdateOptions().upsert(true));
    }

    /**
     * Claims one pending delivery that is due: its next attempt moves to {@code leaseUntil}, so that another sender
     * (another instance) leaves it alone while this one calls.
     */
    Optional<Document> claimDue(Instant now, Instant leaseUntil) {
        return Optional.ofNullable(deliveries.findOneAndUpdate(
                Filters.and(Filters.eq("outcome", DeliveryOutcome.PENDING.name()), Filters.lte("nextAttemptAt", Date.from(now))),
                Updates.set("nextAttemptAt", Date.from(leaseUntil)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER)));
    }

    Optional<Instant> nextDueAt() {
        return Optional.ofNullable(deliveries.find(Filters.eq("outcome", DeliveryOutcome.PENDING.name()))
                .sort(Sorts.ascending("nextAttemptAt")).limit(1).first())
                .map(document -> document.getDate("nextAttemptAt").toInstant());
    }

    /** Records an attempt; {@code nextAttemptAt} null ends the delivery with {@code outcome}. */
    void recordAttempt(String deliveryId, WebhookDelivery.Attempt attempt, DeliveryOutcome outcome, Instant nextAttemptAt) {
        Document entry = new Document("at", Date.from(attempt.at()))
                .append("statusCode", attempt.statusCode())
                .append("error", attempt.error());
        deliveries.updateOne(Filters.eq("_id", deliveryId), Updates.combine(Updates.push("attempts", entry),
                Updates.set("outcome", outcome.name()),
                Updates.set("nextAttemptAt", nextAttemptAt == null ? null : Date.from(nextAttemptAt))));
    }

    public List<WebhookDelivery> ofSubscription(String subscriptionId) {
        return deliveries.find(Filters.eq("subscriptionId", subscriptionId))
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .map(WebhookDeliveryLog::delivery)
                .into(new ArrayList<>());
    }

    private static WebhookDelivery delivery(Document document) {
        DeliveryOutcome outcome = DeliveryOutcome.valueOf(document.getString("outcome"));
        Date next = document.getDate("nextAttemptAt");
        return new WebhookDelivery(document.getString("_id"), document.getString("subscriptionId"),
                document.getString("concernId"), document.getString("eventType"), document.getString("url"),
                document.getDate("createdAt").toInstant(),
                document.getList("attempts", Document.class).stream()
                        .map(attempt -> new WebhookDelivery.Attempt(attempt.getDate("at").toInstant(),
                                attempt.getInteger("statusCode"), attempt.getString("error")))
                        .toList(),
                next == null ? null : next.toInstant(), outcome, outcome.label());
    }
}
