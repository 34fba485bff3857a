package dk.samspil.web.municipality.concern.query;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;

import java.util.List;

/** A subscription to concerns raised elsewhere; never with its webhook secret. */
public record Subscription(String subscriptionId, String municipalityCode, List<Theme> themes,
                           List<String> themeLabels, Area area, ConcernSeverity minimumSeverity,
                           String minimumSeverityLabel, String webhookUrl, String status, String statusLabel) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public record Area(boolean ownDistrict, List<String> districtCodes, List<String> municipalityCodes,
                       boolean national) {
    }
}
