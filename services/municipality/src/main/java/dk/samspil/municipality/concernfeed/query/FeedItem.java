package dk.samspil.municipality.concernfeed.query;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.util.List;

/** One concern in a municipality's feed. */
public record FeedItem(String concernId, String title, List<Theme> themes, List<String> themeLabels,
                       ConcernSeverity severity, String severityLabel, ConcernStatus status, String statusLabel,
                       String raisedBy, String raisedByName, ConcernStep lastStep, String lastStepLabel,
                       Instant lastActivityAt, boolean read) {
}
