package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.platform.initiatives.InitiativeCounts;

import java.time.Instant;
import java.util.List;

/**
 * A police district's initiatives, per municipality (every municipality of the district, in reference-data order).
 *
 * @param lastEventAt when the latest event counted here happened; null before the first
 */
public record DistrictDashboard(String districtCode, String districtName, Instant lastEventAt,
                                List<MunicipalityInitiatives> municipalities) {

    public DistrictDashboard {
        municipalities = List.copyOf(municipalities);
    }

    public InitiativeCounts totals() {
        return InitiativeCounts.sum(municipalities.stream().map(MunicipalityInitiatives::counts).toList());
    }
}
