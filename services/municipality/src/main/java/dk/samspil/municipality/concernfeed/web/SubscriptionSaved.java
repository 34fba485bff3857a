package dk.samspil.municipality.concernfeed.web;

/** {@code webhookSecret} is shown once, when issued; it signs every webhook call of the subscription. */
record SubscriptionSaved(String subscriptionId, String webhookSecret) {
}
