package dk.samspil.nationalassociation.overview.query;

import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.timeline.CooperationFigures;
import dk.samspil.platform.activity.timeline.DistrictPicture;
import dk.samspil.platform.activity.timeline.MonthPicture;
import dk.samspil.platform.activity.timeline.TimelinePicture;

import java.util.ArrayList;
import java.util.List;

/** A district's (or the country's) months, oldest first. */
public record NationalTrends(FetchNationalTrendsQuery query, List<TrendPoint> months) {

    public NationalTrends {
        months = List.copyOf(months);
    }

    /** @param pictures the month before {@code from}, then every month to {@code to} */
    static NationalTrends of(FetchNationalTrendsQuery query, List<MonthPicture> pictures) {
        List<TrendPoint> points = new ArrayList<>();
        for (int index = 1; index < pictures.size(); index++) {
            TimelinePicture before = pictures.get(index - 1).atEnd();
            TimelinePicture after = pictures.get(index).atEnd();
            points.add(TrendPoint.of(pictures.get(index).month(), totals(before, query), cooperation(before, query),
                    totals(after, query), cooperation(after, query)));
        }
        return new NationalTrends(query, points);
    }

    private static ActivityTotals totals(TimelinePicture picture, FetchNationalTrendsQuery query) {
        return query.districtCode() == null ? picture.totals() : district(picture, query).activity().totals();
    }

    private static CooperationFigures cooperation(TimelinePicture picture, FetchNationalTrendsQuery query) {
        return query.districtCode() == null ? picture.cooperation() : district(picture, query).cooperation();
    }

    private static DistrictPicture district(TimelinePicture picture, FetchNationalTrendsQuery query) {
        return picture.district(query.districtCode()).orElseThrow();
    }
}
