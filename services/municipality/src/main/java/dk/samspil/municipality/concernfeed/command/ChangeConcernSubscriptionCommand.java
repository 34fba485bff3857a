package dk.samspil.municipality.concernfeed.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * {@code newWebhookSecret} is a fresh secret, used only if the subscription gains a webhook and has no secret yet.
 */
public record ChangeConcernSubscriptionCommand(@TargetAggregateIdentifier String subscriptionId,
                                               String municipalityCode, List<Theme> themes, SubscriptionArea area,
                                               ConcernSeverity minimumSeverity, String webhookUrl,
                                               String newWebhookSecret) {
}
