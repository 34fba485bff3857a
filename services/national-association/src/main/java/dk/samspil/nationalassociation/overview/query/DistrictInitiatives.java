package dk.samspil.nationalassociation.overview.query;

import dk.samspil.platform.initiatives.InitiativeCounts;

import java.time.Instant;

/**
 * One police district's line of the overview.
 *
 * @param lastEventAt when the district's latest counted event happened; null before the first
 */
public record DistrictInitiatives(String code, String name, InitiativeCounts counts, Instant lastEventAt) {
}
