package dk.samspil.contracts.municipality;

import dk.samspil.contracts.reference.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.municipality.concern-raised.v1}: a municipality raised a concern (bekymring) about a group, a trend or
 * a place that crosses municipal borders; never about an identifiable person. The area is the named municipalities
 * (the raising one always among them) and named police districts.
 */
public record ConcernRaised(String concernId, String municipalityCode, String title, String description,
                            List<Theme> themes, ConcernSeverity severity, List<String> municipalityCodes,
                            List<String> districtCodes, LocalDate observedOn, ConcernStatus status)
        implements ConcernEvent {
}
