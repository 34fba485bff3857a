package dk.samspil.contracts.municipality;

import java.util.List;

/**
 * {@code dk.samspil.municipality.concern-confirmed.v1}: another municipality sees it too ({@code confirmedBy}) and joined
 * the area; the area lists are the area after the confirmation.
 */
public record ConcernConfirmed(String concernId, String municipalityCode, String confirmedBy, String note,
                               List<String> municipalityCodes, List<String> districtCodes, ConcernStatus status)
        implements ConcernEvent {
}
