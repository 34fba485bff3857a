package dk.samspil.municipality.concernfeed.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelConcernSubscriptionCommand(@TargetAggregateIdentifier String subscriptionId,
                                               String municipalityCode) {
}
