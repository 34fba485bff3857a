package dk.samspil.municipality.concernfeed.command;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConcernSubscriptionCancelledEvent(String subscriptionId, String municipalityCode) {
}
