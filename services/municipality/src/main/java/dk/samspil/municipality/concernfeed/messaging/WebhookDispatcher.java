package dk.samspil.municipality.concernfeed.messaging;

import dk.samspil.municipality.concernfeed.query.FeedEntryChange;
import dk.samspil.municipality.concernfeed.query.FeedEntryListener;
import dk.samspil.municipality.concernfeed.query.FeedItem;
import dk.samspil.municipality.concernfeed.query.FeedSubscription;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;

/**
 * Turns each feed entry a subscription with a webhook produced into a pending delivery, and wakes the sender. The body
 * is fixed here, so every attempt signs and sends the same bytes.
 */
@Component
class WebhookDispatcher implements FeedEntryListener {

    private final WebhookDeliveryLog log;
    private final WebhookSender sender;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookDispatcher(WebhookDeliveryLog log, WebhookSender sender, ObjectMapper json, Clock clock) {
        this.log = log;
        this.sender = sender;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void entryChanged(FeedEntryChange change) {
        boolean queued = false;
        for (FeedSubscription subscription : change.matchedSubscriptions()) {
            if (subscription.hasWebhook()) {
                String concernId = change.item().concernId();
                log.enqueue(WebhookDeliveryLog.deliveryId(subscription.subscriptionId(), concernId, change.sequence()),
                        subscription.subscriptionId(), concernId, change.eventType(), subscription.webhookUrl(),
                        body(change.eventType(), concernId, change.municipalityCode(), change.item()), clock.instant());
                queued = true;
            }
        }
        if (queued) {
            sender.wake();
        }
    }

    private String body(String type, String concernId, String municipalityCode, FeedItem item) {
        try {
            return json.writeValueAsString(new WebhookBody(type, concernId, municipalityCode, item));
        } catch (JacksonException e) {
            throw new IllegalStateException("A feed item is plain data", e);
        }
    }

    record WebhookBody(String type, String concernId, String municipalityCode, FeedItem item) {
    }
}
