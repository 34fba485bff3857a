package dk.samspil.districtcouncil.dashboard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.Labels;
import dk.samspil.platform.activity.MunicipalitySummary;
import dk.samspil.platform.activity.timeline.CooperationFigures;
import dk.samspil.platform.activity.timeline.DistrictPicture;

import java.time.Instant;
import java.util.List;

/**
 * A district's dashboard figures as they stood at {@code asOf}: totals and one line per municipality as on the live
 * dashboard, and the concern, gathering and pilot figures ({@code cooperation}); Danish labels at the top.
 */
public record DistrictPictureResponse(Instant asOf, String districtCode, String districtName, Instant lastEventAt,
                                      ActivityTotals totals, List<MunicipalitySummary> municipalities,
                                      CooperationFigures cooperation, @JsonUnwrapped Labels labels) {

    static DistrictPictureResponse of(Instant asOf, DistrictPicture picture) {
        return new DistrictPictureResponse(asOf, picture.activity().code(), picture.activity().name(),
                picture.activity().totals().lastEventAt(), picture.activity().totals(),
                picture.activity().municipalities(), picture.cooperation(), Labels.DANISH);
    }
}
