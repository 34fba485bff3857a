package dk.samspil.districtcouncil.dashboard.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A local council of the district with the report it submitted last; null before its first. */
public record LocalCouncilReport(String localCouncilId, String name,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) LocalReport latestReport) {
}
