package dk.samspil.web.municipality.concern.query;

/** {@code webhookSecret} is issued with a new webhook address and shown this once. */
public record SubscriptionSaved(String subscriptionId, String webhookSecret) {
}
