package dk.samspil.web.municipality.concern.query;

import java.time.Instant;
import java.util.List;

/** One concern in the feed, with the latest step it took. */
public record FeedItem(String concernId, String title, List<String> themeLabels, String severity, String severityLabel,
                       String status, String statusLabel, String raisedBy, String raisedByName, String lastStep,
                       String lastStepLabel, Instant lastActivityAt, boolean read) {
}
