package dk.samspil.nationalassociation.overview.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.nationalassociation.overview.query.DistrictInitiatives;
import dk.samspil.nationalassociation.overview.query.NationalOverview;
import dk.samspil.platform.initiatives.InitiativeCounts;

import java.time.Instant;
import java.util.List;

public record NationalOverviewResponse(Instant lastEventAt, InitiativeCounts totals, List<DistrictLine> districts) {

    static NationalOverviewResponse of(NationalOverview overview) {
        return new NationalOverviewResponse(overview.lastEventAt(), overview.totals(),
                overview.districts().stream().map(DistrictLine::of).toList());
    }

    /** {@code {"code", "name", "initiatives", "byStatus", "byPreventionLevel", "lastEventAt"}} */
    public record DistrictLine(String code, String name, @JsonUnwrapped InitiativeCounts counts, Instant lastEventAt) {

        static DistrictLine of(DistrictInitiatives district) {
            return new DistrictLine(district.code(), district.name(), district.counts(), district.lastEventAt());
        }
    }
}
