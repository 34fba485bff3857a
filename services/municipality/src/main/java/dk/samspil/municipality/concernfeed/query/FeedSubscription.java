package dk.samspil.municipality.concernfeed.query;

import dk.samspil.contracts.municipality.ConcernArea;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concernfeed.command.SubscriptionArea;
import dk.samspil.municipality.concernfeed.command.SubscriptionStatus;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A subscription as the feed matches with it; {@code webhookUrl} is null without a webhook. */
public record FeedSubscription(String subscriptionId, String municipalityCode, List<Theme> themes,
                               SubscriptionArea area, ConcernSeverity minimumSeverity, String webhookUrl,
                               SubscriptionStatus status) {

    /**
     * Raised by another municipality, severe enough, about one of the themes (or any, without themes), and touching the
     * area: anywhere when national; else the subscriber's own district, a named district, or a named municipality
     * (itself or its district named in the concern's area).
     */
    public boolean matches(CatalogueConcern concern) {
        if (concern.raisedBy().equals(municipalityCode) || !concern.severity().isAtLeast(minimumSeverity)) {
            return false;
        }
        if (!themes.isEmpty() && Collections.disjoint(themes, concern.themes())) {
            return false;
        }
        return area.national() || touchesArea(concern);
    }

    private boolean touchesArea(CatalogueConcern concern) {
        Set<String> touched = ConcernArea.touchedDistricts(concern.municipalityCodes(), concern.districtCodes());
        if (area.ownDistrict() && touched.contains(ReferenceData.instance().districtOf(municipalityCode).code())) {
            return true;
        }
        return area.districtCodes().stream().anyMatch(touched::contains)
                || area.municipalityCodes().stream().anyMatch(code ->
                ConcernArea.touchesMunicipality(code, concern.municipalityCodes(), concern.districtCodes()));
    }

    public boolean hasWebhook() {
        return webhookUrl != null;
    }
}
