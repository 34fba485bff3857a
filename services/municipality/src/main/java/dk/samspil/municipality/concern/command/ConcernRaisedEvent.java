package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The area lists start with the raising municipality; codes are canonical (4-digit kommunekoder). */
@Revision("1")
public record ConcernRaisedEvent(String concernId, String municipalityCode, String title, String description,
                                 List<Theme> themes, ConcernSeverity severity, List<String> municipalityCodes,
                                 List<String> districtCodes, LocalDate observedOn) {
}
