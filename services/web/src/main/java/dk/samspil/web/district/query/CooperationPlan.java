package dk.samspil.web.district.query;

import java.time.LocalDate;

/** The published cooperation plan (samarbejdsplan) of the council. */
public record CooperationPlan(int publishedVersion, LocalDate publishedOn, String title) {
}
