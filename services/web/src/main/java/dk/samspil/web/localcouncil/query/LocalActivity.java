package dk.samspil.web.localcouncil.query;

import java.time.LocalDate;
import java.util.List;

/** A preventive or safety-creating activity the local council recorded; {@code participants} may be null. */
public record LocalActivity(String activityId, String kind, String kindLabel, String title, String description,
                            List<String> themeLabels, List<LocalCouncil.Municipality> municipalities,
                            LocalDate heldOn, Integer participants) {
}
