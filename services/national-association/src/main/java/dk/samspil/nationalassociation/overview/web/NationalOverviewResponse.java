package dk.samspil.nationalassociation.overview.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.platform.activity.ActivityTotals;
import dk.samspil.platform.activity.Labels;
import dk.samspil.platform.activity.MunicipalitySummary;
import dk.samspil.platform.activity.timeline.CooperationFigures;
import dk.samspil.platform.activity.timeline.DistrictPicture;
import dk.samspil.platform.activity.timeline.GatheringFigures;
import dk.samspil.platform.activity.timeline.TimelinePicture;

import java.time.Instant;
import java.util.List;

/**
 * The country at {@code asOf}: its totals and cooperation figures, the gatherings arranged nationally, and one line
 * per police district with its municipalities; Danish labels at the top.
 */
public record NationalOverviewResponse(Instant asOf, Instant lastEventAt, ActivityTotals totals,
                                       CooperationFigures cooperation, GatheringFigures nationalGatherings,
                                       List<DistrictLine> districts, @JsonUnwrapped Labels labels,
                                       @JsonUnwrapped PictureLabels pictureLabels) {

    static NationalOverviewResponse of(TimelinePicture picture) {
        return new NationalOverviewResponse(picture.asOf(), picture.totals().lastEventAt(), picture.totals(),
                picture.cooperation(), picture.nationalGatherings(),
                picture.districts().stream().map(DistrictLine::of).toList(), Labels.DANISH, PictureLabels.DANISH);
    }

    /** {@code {"code", "name", "initiatives", "byStatus", …, "lastEventAt", "cooperation", "municipalities"}} */
    public record DistrictLine(String code, String name, @JsonUnwrapped ActivityTotals totals,
                               CooperationFigures cooperation, List<MunicipalitySummary> municipalities) {

        static DistrictLine of(DistrictPicture district) {
            return new DistrictLine(district.activity().code(), district.activity().name(), district.activity().totals(),
                    district.cooperation(), district.activity().municipalities());
        }
    }
}
