package dk.samspil.web.district.query;

import java.util.List;

/** Concerns raised in the district, escalated to its council, and raised elsewhere about its municipalities. */
public record DistrictConcerns(List<Concern> raisedInDistrict, List<Concern> escalatedToDistrict,
                               List<Concern> fromElsewhere, long openCount, long escalatedCount) {

    public record Concern(String concernId, String title, List<String> themeLabels, String severity,
                          String severityLabel, String status, String statusLabel, String raisedByName) {
    }
}
