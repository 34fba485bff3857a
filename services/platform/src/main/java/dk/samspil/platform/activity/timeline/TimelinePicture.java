package dk.samspil.platform.activity.timeline;

import dk.samspil.platform.activity.ActivityTotals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The country as it stood at {@code asOf}, worked out from the events before that moment: every police district in
 * reference-data order, the country's totals, and the gatherings arranged nationally (in no district).
 */
public record TimelinePicture(Instant asOf, List<DistrictPicture> districts, ActivityTotals totals,
                              CooperationFigures cooperation, GatheringFigures nationalGatherings) {

    public TimelinePicture {
        districts = List.copyOf(districts);
    }

    public Optional<DistrictPicture> district(String districtCode) {
        return districts.stream().filter(district -> district.activity().code().equals(districtCode)).findFirst();
    }
}
