package dk.samspil.districtcouncil.dashboard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.districtcouncil.dashboard.query.DistrictDashboard;
import dk.samspil.districtcouncil.dashboard.query.MunicipalityInitiatives;
import dk.samspil.platform.initiatives.InitiativeCounts;

import java.time.Instant;
import java.util.List;

public record DistrictDashboardResponse(String districtCode, String districtName, Instant lastEventAt,
                                        InitiativeCounts totals, List<MunicipalityLine> municipalities) {

    static DistrictDashboardResponse of(DistrictDashboard dashboard) {
        return new DistrictDashboardResponse(dashboard.districtCode(), dashboard.districtName(), dashboard.lastEventAt(),
                dashboard.totals(), dashboard.municipalities().stream().map(MunicipalityLine::of).toList());
    }

    /** {@code {"code", "name", "initiatives", "byStatus", "byPreventionLevel"}} */
    public record MunicipalityLine(String code, String name, @JsonUnwrapped InitiativeCounts counts) {

        static MunicipalityLine of(MunicipalityInitiatives municipality) {
            return new MunicipalityLine(municipality.code(), municipality.name(), municipality.counts());
        }
    }
}
