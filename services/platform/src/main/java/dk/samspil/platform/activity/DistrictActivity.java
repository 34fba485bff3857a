package dk.samspil.platform.activity;

import java.util.List;

/** A police district's municipalities (all of them, in reference-data order) and their figures added up. */
public record DistrictActivity(String code, String name, ActivityTotals totals, List<MunicipalitySummary> municipalities) {

    public DistrictActivity {
        municipalities = List.copyOf(municipalities);
    }
}
