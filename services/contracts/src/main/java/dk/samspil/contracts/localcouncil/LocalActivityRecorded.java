package dk.samspil.contracts.localcouncil;

import dk.samspil.contracts.reference.Theme;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.local-council.local-activity-recorded.v1}: a preventive or safety-creating local activity. */
public record LocalActivityRecorded(String localCouncilId, String districtCode, String activityId,
                                    LocalActivityKind kind, String title, String description, List<Theme> themes,
                                    List<String> municipalityCodes, LocalDate heldOn, Integer participants)
        implements LocalCouncilEvent {
}
