package dk.samspil.contracts.districtcouncil;

import java.time.LocalDate;

/**
 * {@code dk.samspil.district-council.cooperation-plan-published.v1}: the council published a version of its cooperation
 * plan (samarbejdsplan); the law requires it to be public.
 */
public record CooperationPlanPublished(String districtCode, int version, String title, LocalDate periodStart,
                                       LocalDate periodEnd, String text, LocalDate publishedOn)
        implements DistrictCouncilEvent {
}
