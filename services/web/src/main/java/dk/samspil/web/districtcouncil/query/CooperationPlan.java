package dk.samspil.web.districtcouncil.query;

import java.time.LocalDate;

/** A version of a district's cooperation plan (samarbejdsplan); {@code publishedOn} only once it is published. */
public record CooperationPlan(String districtCode, String districtName, int version, String title,
                              LocalDate periodStart, LocalDate periodEnd, String text, LocalDate publishedOn) {
}
