package dk.samspil.municipality.concernfeed.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concernfeed.command.SubscriptionArea;
import dk.samspil.municipality.concernfeed.command.SubscriptionStatus;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subscriptions' read model, one document per subscription ({@code _id} = subscription id). It keeps the webhook
 * secret for signing; the secret leaves this class only through {@link #webhookSecretOf}.
 */
@Component
public class SubscriptionStore {

    private final MongoCollection<Document> subscriptions;

    public SubscriptionStore(MongoDatabase readModelDatabase) {
        this.subscriptions = readModelDatabase.getCollection("concern_subscriptions");
    }

    /** Whether the document already reflects the subscription's event with this sequence (or a later one). */
    boolean isApplied(String subscriptionId, long sequence) {
        Document current = subscriptions.find(byId(subscriptionId)).projection(new Document("sequence", 1)).first();
        return current != null && current.getLong("sequence") >= sequence;
    }

    void save(FeedSubscription subscription, String webhookSecret, long sequence) {
        SubscriptionArea area = subscription.area();
        Document document = new Document("_id", subscription.subscriptionId())
                .append("municipalityCode", subscription.municipalityCode())
                .append("themes", subscription.themes().stream().map(Theme::name).toList())
                .append("ownDistrict", area.ownDistrict())
                .append("districtCodes", area.districtCodes())
                .append("municipalityCodes", area.municipalityCodes())
                .append("national", area.national())
                .append("minimumSeverity", subscription.minimumSeverity().name())
                .append("webhookUrl", subscription.webhookUrl())
                .append("webhookSecret", webhookSecret)
                .append("status", subscription.status().name())
                .append("sequence", sequence);
        subscriptions.replaceOne(byId(subscription.subscriptionId()), document, new ReplaceOptions().upsert(true));
    }

    void cancel(String subscriptionId, long sequence) {
        subscriptions.updateOne(byId(subscriptionId), Updates.combine(
                Updates.set("status", SubscriptionStatus.CANCELLED.name()), Updates.set("sequence", sequence)));
    }

    public Optional<FeedSubscription> find(String subscriptionId) {
        return Optional.ofNullable(subscriptions.find(byId(subscriptionId)).first()).map(SubscriptionStore::subscription);
    }

    public List<FeedSubscription> ofMunicipality(String municipalityCode) {
        return list(Filters.eq("municipalityCode", municipalityCode));
    }

    List<FeedSubscription> active() {
        return list(Filters.eq("status", SubscriptionStatus.ACTIVE.name()));
    }

    List<FeedSubscription> activeOf(String municipalityCode) {
        return list(Filters.and(Filters.eq("municipalityCode", municipalityCode),
                Filters.eq("status", SubscriptionStatus.ACTIVE.name())));
    }

    public Optional<String> webhookSecretOf(String subscriptionId) {
        return Optional.ofNullable(subscriptions.find(byId(subscriptionId)).first())
                .map(document -> document.getString("webhookSecret"));
    }

    void clear() {
        subscriptions.deleteMany(new Document());
    }

    private List<FeedSubscription> list(Bson filter) {
        return subscriptions.find(filter).sort(Sorts.ascending("_id")).map(SubscriptionStore::subscription)
                .into(new ArrayList<>());
    }

    private static Bson byId(String subscriptionId) {
        return Filters.eq("_id", subscriptionId);
    }

    private static FeedSubscription subscription(Document document) {
        return new FeedSubscription(document.getString("_id"), document.getString("municipalityCode"),
                document.getList("themes", String.class).stream().map(Theme::valueOf).toList(),
                new SubscriptionArea(document.getBoolean("ownDistrict"), document.getList("districtCodes", String.class),
                        document.getList("municipalityCodes", String.class), document.getBoolean("national")),
                ConcernSeverity.valueOf(document.getString("minimumSeverity")), document.getString("webhookUrl"),
                SubscriptionStatus.valueOf(document.getString("status")));
    }
}
