package dk.samspil.web.municipality.concern.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** The municipality service's concerns, concern feed and subscriptions, asked with the signed-in user's token. */
@Component
public class ConcernClient {

    /** The feed's own commands take no body; an empty JSON object is sent. */
    private static final Map<String, String> NO_BODY = Map.of();

    private final SamspilApi api;

    ConcernClient(SamspilApi api) {
        this.api = api;
    }

    public List<Concern> concerns(String municipalityCode, String status) {
        return List.of(api.get(Concern[].class, "/api/municipalities/{code}/concerns?status={status}",
                municipalityCode, status));
    }

    public Concern concern(String concernId) {
        return api.get(Concern.class, "/api/concerns/{id}", concernId);
    }

    public ConcernStepResult raise(String municipalityCode, ConcernCommands.Raise raise) {
        return api.post(ConcernStepResult.class, raise, "/api/municipalities/{code}/concerns", municipalityCode);
    }

    /** {@code step} is the API's name of the step: updates, confirmations, escalation or resolution. */
    public ConcernStepResult step(String concernId, String step, Object body) {
        return api.post(ConcernStepResult.class, body, "/api/concerns/{id}/{step}", concernId, step);
    }

    public FeedPage feed(String municipalityCode, int page, int size, boolean unreadOnly) {
        return unreadOnly
                ? api.get(FeedPage.class, "/api/municipalities/{code}/concern-feed?page={page}&size={size}&unread=true",
                        municipalityCode, page, size)
                : api.get(FeedPage.class, "/api/municipalities/{code}/concern-feed?page={page}&size={size}",
                        municipalityCode, page, size);
    }

    public void markRead(String municipalityCode, String concernId) {
        api.post(Void.class, NO_BODY, "/api/municipalities/{code}/concern-feed/{id}/read", municipalityCode, concernId);
    }

    public void markAllRead(String municipalityCode) {
        api.post(Void.class, NO_BODY, "/api/municipalities/{code}/concern-feed/read-all", municipalityCode);
    }

    public List<Subscription> subscriptions(String municipalityCode) {
        return List.of(api.get(Subscription[].class, "/api/municipalities/{code}/concern-subscriptions",
                municipalityCode));
    }

    public SubscriptionSaved subscribe(String municipalityCode, ConcernCommands.Subscribe subscription) {
        return api.post(SubscriptionSaved.class, subscription, "/api/municipalities/{code}/concern-subscriptions",
                municipalityCode);
    }

    public SubscriptionSaved change(String municipalityCode, String subscriptionId,
                                    ConcernCommands.Subscribe subscription) {
        return api.put(SubscriptionSaved.class, subscription,
                "/api/municipalities/{code}/concern-subscriptions/{id}", municipalityCode, subscriptionId);
    }

    public void cancel(String municipalityCode, String subscriptionId) {
        api.delete("/api/municipalities/{code}/concern-subscriptions/{id}", municipalityCode, subscriptionId);
    }

    public List<WebhookDelivery> deliveries(String municipalityCode, String subscriptionId) {
        return List.of(api.get(WebhookDelivery[].class,
                "/api/municipalities/{code}/concern-subscriptions/{id}/deliveries", municipalityCode, subscriptionId));
    }
}
