package dk.samspil.web.national.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Asks the national association's service for the national picture, its months and the annual report. */
@Component
public class NationalClient {

    private final SamspilApi api;

    NationalClient(SamspilApi api) {
        this.api = api;
    }

    public NationalOverviewResponse overview(Optional<LocalDate> asOf) {
        return asOf.map(day -> api.get(NationalOverviewResponse.class, "/api/national/overview?asOf={asOf}", day))
                .orElseGet(() -> api.get(NationalOverviewResponse.class, "/api/national/overview"));
    }

    public TrendsResponse trends(YearMonth from, YearMonth to, Optional<String> districtCode) {
        return districtCode
                .map(district -> api.get(TrendsResponse.class, "/api/national/trends?from={from}&to={to}&district={d}",
                        from, to, district))
                .orElseGet(() -> api.get(TrendsResponse.class, "/api/national/trends?from={from}&to={to}", from, to));
    }

    public String annualReportMarkdown(int year) {
        return api.getMarkdown("/api/national/annual-report/{year}", year);
    }
}
