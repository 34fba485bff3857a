package dk.samspil.web.localcouncil.query;

import java.time.LocalDate;
import java.util.List;

/** A district-council decision assigned to the local council, how far it has come and the steps reported so far. */
public record AssignedDecision(String decisionId, String title, String description, List<String> themeLabels,
                               LocalDate dueDate, String status, String statusLabel, List<Step> notes) {

    public record Step(String status, String statusLabel, String note, LocalDate reportedOn) {
    }
}
