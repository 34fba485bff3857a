package dk.samspil.contracts.districtcouncil;

import java.time.LocalDate;

/** {@code dk.samspil.district-council.cooperation-plan-drafted.v1}: a draft (version) of the cooperation plan. */
public record CooperationPlanDrafted(String districtCode, int version, String title, LocalDate periodStart,
                                     LocalDate periodEnd, String text) implements DistrictCouncilEvent {
}
