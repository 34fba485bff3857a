package dk.samspil.municipality.concernfeed.web;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concernfeed.command.SubscriptionArea;
import dk.samspil.municipality.concernfeed.command.SubscriptionStatus;
import dk.samspil.municipality.concernfeed.query.FeedSubscription;

import java.util.List;

/** A subscription as listed; never with its webhook secret. */
record SubscriptionResponse(String subscriptionId, String municipalityCode, List<Theme> themes, List<String> themeLabels,
                            SubscriptionArea area, ConcernSeverity minimumSeverity, String minimumSeverityLabel,
                            String webhookUrl, SubscriptionStatus status, String statusLabel) {

    static SubscriptionResponse of(FeedSubscription subscription) {
        return new SubscriptionResponse(subscription.subscriptionId(), subscription.municipalityCode(),
                subscription.themes(), subscription.themes().stream().map(Theme::label).toList(), subscription.area(),
                subscription.minimumSeverity(), subscription.minimumSeverity().label(), subscription.webhookUrl(),
                subscription.status(), subscription.status().label());
    }
}
