package dk.samspil.contracts.districtcouncil;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.district-council.district-priorities-set.v1}: the strategic priorities for a period. */
public record DistrictPrioritiesSet(String districtCode, LocalDate periodStart, LocalDate periodEnd,
                                    List<Priority> priorities) implements DistrictCouncilEvent {
}
