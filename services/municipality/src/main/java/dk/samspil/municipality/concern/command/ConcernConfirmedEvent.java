package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernStatus;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The area lists are the area after the confirmation; {@code note} may be null. */
@Revision("1")
public record ConcernConfirmedEvent(String concernId, String municipalityCode, String confirmedBy, String note,
                                    List<String> municipalityCodes, List<String> districtCodes, ConcernStatus status) {
}
