package dk.samspil.municipality.concernfeed.query;

import dk.samspil.municipality.concernfeed.command.ConcernSubscribedEvent;
import dk.samspil.municipality.concernfeed.command.ConcernSubscriptionCancelledEvent;
import dk.samspil.municipality.concernfeed.command.ConcernSubscriptionChangedEvent;
import dk.samspil.municipality.concernfeed.command.SubscriptionArea;
import dk.samspil.municipality.concernfeed.command.SubscriptionStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Builds the subscriptions' read model from the subscription events, applying an event only if its sequence is newer
 * than the document's. A subscription created or changed re-evaluates the concerns the feed knows, so that earlier
 * concerns it now matches enter the municipality's feed.
 */
@Component
@ProcessingGroup("concern-subscriptions")
public class ConcernSubscriptionProjection {

    private final SubscriptionStore store;
    private final ConcernFeed feed;

    public ConcernSubscriptionProjection(SubscriptionStore store, ConcernFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @EventHandler
    void on(ConcernSubscribedEvent event, @SequenceNumber long sequence) {
        if (store.isApplied(event.subscriptionId(), sequence)) {
            return;
        }
        store.save(new FeedSubscription(event.subscriptionId(), event.municipalityCode(), event.themes(),
                new SubscriptionArea(event.ownDistrict(), event.districtCodes(), event.municipalityCodes(),
                        event.national()), event.minimumSeverity(), event.webhookUrl(), SubscriptionStatus.ACTIVE),
                event.webhookSecret(), sequence);
        feed.reevaluate(event.municipalityCode());
    }

    @EventHandler
    void on(ConcernSubscriptionChangedEvent event, @SequenceNumber long sequence) {
        if (store.isApplied(event.subscriptionId(), sequence)) {
            return;
        }
        store.save(new FeedSubscription(event.subscriptionId(), event.municipalityCode(), event.themes(),
                new SubscriptionArea(event.ownDistrict(), event.districtCodes(), event.municipalityCodes(),
                        event.national()), event.minimumSeverity(), event.webhookUrl(), SubscriptionStatus.ACTIVE),
                event.webhookSecret(), sequence);
        feed.reevaluate(event.municipalityCode());
    }

    @EventHandler
    void on(ConcernSubscriptionCancelledEvent event, @SequenceNumber long sequence) {
        if (!store.isApplied(event.subscriptionId(), sequence)) {
            store.cancel(event.subscriptionId(), sequence);
        }
    }

    @QueryHandler
    public List<FeedSubscription> handle(FetchConcernSubscriptionsQuery query) {
        return store.ofMunicipality(query.municipalityCode());
    }

    @ResetHandler
    void reset() {
        store.clear();
    }
}
