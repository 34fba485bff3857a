package dk.samspil.nationalassociation.overview.query;

import java.time.YearMonth;

/**
 * Month by month from {@code from} to {@code to}, both included.
 *
 * @param districtCode one police district, or null for the country
 */
public record FetchNationalTrendsQuery(YearMonth from, YearMonth to, String districtCode) {
}
