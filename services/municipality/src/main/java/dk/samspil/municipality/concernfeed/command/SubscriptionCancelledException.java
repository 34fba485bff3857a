package dk.samspil.municipality.concernfeed.command;

/** The subscription was cancelled: it takes no further steps. */
public class SubscriptionCancelledException extends RuntimeException {

    public SubscriptionCancelledException(String subscriptionId) {
        super("Abonnementet " + subscriptionId + " er opsagt");
    }

    public SubscriptionStatus currentStatus() {
        return SubscriptionStatus.CANCELLED;
    }
}
