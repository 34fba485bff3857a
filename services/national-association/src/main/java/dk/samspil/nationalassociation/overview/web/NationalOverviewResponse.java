package dk.samspil.nationalassociation.overview.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.nationalassociation.overview.query.NationalOverview;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.Labels;
import dk.samspil.platform.activity.MunicipalitySummary;

import java.time.Instant;
import java.util.List;

/** The country's totals and one line per police district, each with its municipalities; Danish labels at the top. */
public record NationalOverviewResponse(Instant lastEventAt, ActivityTotals totals, List<DistrictLine> districts,
                                       @JsonUnwrapped Labels labels) {

    static NationalOverviewResponse of(NationalOverview overview) {
        return new NationalOverviewResponse(overview.totals().lastEventAt(), overview.totals(),
                overview.districts().stream().map(DistrictLine::of).toList(), Labels.DANISH);
    }

    /** {@code {"code", "name", "initiatives", "byStatus", …, "lastEventAt", "municipalities"}} */
    public record DistrictLine(String code, String name, @JsonUnwrapped ActivityTotals totals,
                               List<MunicipalitySummary> municipalities) {

        static DistrictLine of(DistrictActivity district) {
            return new DistrictLine(district.code(), district.name(), district.totals(), district.municipalities());
        }
    }
}
