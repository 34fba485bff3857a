package dk.samspil.web.district.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** Asks the district council's service for a district's dashboard, now or as it stood at the end of a given day. */
@Component
public class DistrictDashboardClient {

    private final SamspilApi api;

    DistrictDashboardClient(SamspilApi api) {
        this.api = api;
    }

    public DistrictDashboardResponse fetch(String districtCode, Optional<LocalDate> asOf) {
        return asOf.map(day -> api.get(DistrictDashboardResponse.class,
                        "/api/districts/{code}/dashboard?asOf={asOf}", districtCode, day))
                .orElseGet(() -> api.get(DistrictDashboardResponse.class, "/api/districts/{code}/dashboard",
                        districtCode));
    }
}
