package dk.samspil.municipality.concernfeed.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Empty {@code themes}: every theme. The area's four parts are flat, as in the request. */
@Revision("1")
public record ConcernSubscribedEvent(String subscriptionId, String municipalityCode, List<Theme> themes,
                                     boolean ownDistrict, List<String> districtCodes, List<String> municipalityCodes,
                                     boolean national, ConcernSeverity minimumSeverity, String webhookUrl,
                                     String webhookSecret) {
}
