package dk.samspil.districtcouncil.dashboard.web;

import dk.samspil.districtcouncil.dashboard.query.DistrictDashboardProjection;
import dk.samspil.districtcouncil.dashboard.query.FetchDistrictDashboardQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DistrictDashboardController {

    private final DistrictDashboardProjection dashboards;

    DistrictDashboardController(DistrictDashboardProjection dashboards) {
        this.dashboards = dashboards;
    }

    /** An unknown politikredskode is a 404 problem naming the field (platform's {@code ProblemResponses}). */
    @GetMapping("/api/districts/{politikredskode}/dashboard")
    DistrictDashboardResponse dashboard(@PathVariable String politikredskode) {
        return DistrictDashboardResponse.of(dashboards.handle(new FetchDistrictDashboardQuery(politikredskode)));
    }
}
