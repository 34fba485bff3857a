package dk.samspil.nationalassociation.overview.query;

import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.DistrictActivity;
import dk.samspil.platform.activity.MunicipalitySummary;

import java.util.List;

/** Every police district (all twelve, in reference-data order) with its municipalities, and the country's totals. */
public record NationalOverview(List<DistrictActivity> districts, ActivityTotals totals) {

    public NationalOverview {
        districts = List.copyOf(districts);
    }

    public static NationalOverview of(List<DistrictActivity> districts) {
        return new NationalOverview(districts, ActivityTotals.of(districts.stream()
                .flatMap(district -> district.municipalities().stream())
                .map(MunicipalitySummary::activity)
                .toList()));
    }
}
