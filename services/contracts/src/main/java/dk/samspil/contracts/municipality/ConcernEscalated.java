package dk.samspil.contracts.municipality;

import java.util.List;

/**
 * {@code dk.samspil.municipality.concern-escalated.v1}: the raising municipality escalated the concern to the district
 * councils in {@code districtCodes}; {@code escalatedDistrictCodes} are all it has been escalated to so far.
 */
public record ConcernEscalated(String concernId, String municipalityCode, List<String> districtCodes, String reason,
                               List<String> escalatedDistrictCodes, ConcernStatus status) implements ConcernEvent {
}
