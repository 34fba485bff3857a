package dk.samspil.municipality.concernfeed.query;

import java.util.List;

/**
 * A feed entry that appeared or changed: the municipality, the item as it now reads, the concern's sequence, the
 * contract type of the step behind it and the subscriptions that matched it (those with a webhook are called).
 */
public record FeedEntryChange(String municipalityCode, FeedItem item, long sequence, String eventType,
                              List<FeedSubscription> matchedSubscriptions) {
}
