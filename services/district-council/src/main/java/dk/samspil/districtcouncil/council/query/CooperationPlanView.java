package dk.samspil.districtcouncil.council.query;

import java.time.LocalDate;

/** A version of a district's cooperation plan; {@code publishedOn} only once it is published. */
public record CooperationPlanView(String districtCode, String districtName, int version, String title,
                                  LocalDate periodStart, LocalDate periodEnd, String text, LocalDate publishedOn) {
}
