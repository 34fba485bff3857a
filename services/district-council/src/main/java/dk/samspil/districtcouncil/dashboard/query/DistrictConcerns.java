package dk.samspil.districtcouncil.dashboard.query;

import java.util.List;

/**
 * The open concerns that concern a district, newest activity first. A concern escalated to the district is listed
 * there and also under where it was raised.
 *
 * @param raisedInDistrict    raised by one of the district's municipalities
 * @param escalatedToDistrict escalated to the district's council
 * @param fromElsewhere       raised outside the district, with an area that touches it
 * @param openCount           open concerns in all three lists, each counted once
 * @param escalatedCount      the concerns escalated to the district
 */
public record DistrictConcerns(List<ConcernItem> raisedInDistrict, List<ConcernItem> escalatedToDistrict,
                               List<ConcernItem> fromElsewhere, int openCount, int escalatedCount) {
}
