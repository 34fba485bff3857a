package dk.samspil.districtcouncil.dashboard.query;

import java.time.LocalDate;

/** The version of the cooperation plan (samarbejdsplan) the district council published last. */
public record CooperationPlanState(int publishedVersion, LocalDate publishedOn, String title) {
}
