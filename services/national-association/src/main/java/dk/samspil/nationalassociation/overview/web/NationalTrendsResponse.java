package dk.samspil.nationalassociation.overview.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.overview.query.NationalTrends;
import dk.samspil.nationalassociation.overview.query.TrendPoint;
import dk.samspil.platform.activity.Labels;

import java.time.YearMonth;
import java.util.List;

/**
 * A district's (or, without {@code district}, the country's) months: what stood at each month's end and what happened
 * in it; Danish labels at the top.
 */
public record NationalTrendsResponse(YearMonth from, YearMonth to, String district, String districtName,
                                     List<TrendPoint> months, @JsonUnwrapped Labels labels,
                                     @JsonUnwrapped PictureLabels pictureLabels) {

    static NationalTrendsResponse of(NationalTrends trends) {
        String district = trends.query().districtCode();
        return new NationalTrendsResponse(trends.query().from(), trends.query().to(), district,
                district == null ? "Hele landet" : ReferenceData.instance().district(district).name(), trends.months(),
                Labels.DANISH, PictureLabels.DANISH);
    }
}
