package dk.samspil.municipality.concernfeed.command;

/** No subscription with that id belongs to the municipality. */
public class SubscriptionNotFoundException extends RuntimeException {

    public SubscriptionNotFoundException(String municipalityCode, String subscriptionId) {
        super("Kommune " + municipalityCode + " har intet abonnement med id " + subscriptionId);
    }
}
