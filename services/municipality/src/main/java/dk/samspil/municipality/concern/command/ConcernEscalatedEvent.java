package dk.samspil.municipality.concern.command;

import org.axonframework.serialization.Revision;

import java.util.List;

/** {@code districtCodes} are this escalation's; {@code escalatedDistrictCodes} all the concern was escalated to. */
@Revision("1")
public record ConcernEscalatedEvent(String concernId, String municipalityCode, List<String> districtCodes,
                                    String reason, List<String> escalatedDistrictCodes) {
}
