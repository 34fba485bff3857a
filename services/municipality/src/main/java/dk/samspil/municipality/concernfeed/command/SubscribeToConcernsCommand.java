package dk.samspil.municipality.concernfeed.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** {@code webhookSecret} is the secret the service generated for the webhook; null without a webhook. */
public record SubscribeToConcernsCommand(@TargetAggregateIdentifier String subscriptionId, String municipalityCode,
                                         List<Theme> themes, SubscriptionArea area, ConcernSeverity minimumSeverity,
                                         String webhookUrl, String webhookSecret) {
}
