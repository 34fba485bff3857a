package dk.samspil.municipality.concernfeed.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The whole subscription after the change; {@code webhookSecret} is the secret in effect (null without webhook). */
@Revision("1")
public record ConcernSubscriptionChangedEvent(String subscriptionId, String municipalityCode, List<Theme> themes,
                                              boolean ownDistrict, List<String> districtCodes,
                                              List<String> municipalityCodes, boolean national,
                                              ConcernSeverity minimumSeverity, String webhookUrl,
                                              String webhookSecret) {
}
