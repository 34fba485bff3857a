package dk.samspil.districtcouncil.dashboard.query;

import java.time.Instant;

/** The district's figures as they stood at {@code asOf}, a moment the timeline accepted. */
public record FetchDistrictPictureQuery(String districtCode, Instant asOf) {
}
