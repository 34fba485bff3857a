package dk.samspil.nationalassociation.overview.query;

import java.time.Instant;

/** The national picture at {@code asOf} (now, or a moment the timeline accepted). */
public record FetchNationalOverviewQuery(Instant asOf) {
}
