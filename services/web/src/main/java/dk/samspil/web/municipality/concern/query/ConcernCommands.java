package dk.samspil.web.municipality.concern.query;

import java.util.List;

/** The bodies the municipality service takes for a concern's steps and for a subscription, field for field. */
public final class ConcernCommands {

    private ConcernCommands() {
    }

    public record Raise(String title, String description, List<String> themes, String severity,
                        List<String> municipalityCodes, List<String> districtCodes, String observedOn) {
    }

    public record Update(String municipalityCode, String note, String severity) {
    }

    public record Confirmation(String municipalityCode, String note) {
    }

    public record Escalation(List<String> districtCodes, String reason) {
    }

    public record Resolution(String resolution) {
    }

    public record Subscribe(List<String> themes, Subscription.Area area, String minimumSeverity, String webhookUrl) {
    }
}
