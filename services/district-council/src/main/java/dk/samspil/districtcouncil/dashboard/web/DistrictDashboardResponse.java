package dk.samspil.districtcouncil.dashboard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.Labels;
import dk.samspil.platform.activity.MunicipalitySummary;

import java.time.Instant;
import java.util.List;

/**
 * A district's dashboard: totals and one line per municipality ({@code code}, {@code name}, {@code initiatives},
 * {@code byStatus}, {@code byPreventionLevel}, {@code byScope}, {@code byTheme}, {@code budget}, {@code pool},
 * {@code overdueStatusReports}, {@code actionPlan}), with the Danish labels of the codes once at the top.
 */
public record DistrictDashboardResponse(String districtCode, String districtName, Instant lastEventAt,
                                        ActivityTotals totals, List<MunicipalitySummary> municipalities,
                                        @JsonUnwrapped Labels labels) {

    static DistrictDashboardResponse of(DistrictActivity district) {
        return new DistrictDashboardResponse(district.code(), district.name(), district.totals().lastEventAt(),
                district.totals(), district.municipalities(), Labels.DANISH);
    }
}
