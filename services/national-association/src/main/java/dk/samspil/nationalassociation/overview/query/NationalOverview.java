package dk.samspil.nationalassociation.overview.query;

import dk.samspil.platform.initiatives.InitiativeCounts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Initiatives in every police district (all twelve, in reference-data order). */
public record NationalOverview(List<DistrictInitiatives> districts) {

    public NationalOverview {
        districts = List.copyOf(districts);
    }

    public InitiativeCounts totals() {
        return InitiativeCounts.sum(districts.stream().map(DistrictInitiatives::counts).toList());
    }

    /** When the latest event counted anywhere happened; null before the first. */
    public Instant lastEventAt() {
        return districts.stream().map(DistrictInitiatives::lastEventAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
