package dk.samspil.localcouncil.council.query;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A district-council decision assigned to the local council, with its implementation status and the notes so far. */
public record AssignedDecisionView(String decisionId, String localCouncilId, String districtCode, String title,
                                   String description, List<Theme> themes, List<String> themeLabels, LocalDate dueDate,
                                   DecisionImplementationStatus status, String statusLabel, List<Note> notes,
                                   Instant receivedAt) {

    public record Note(DecisionImplementationStatus status, String statusLabel, String note, LocalDate reportedOn,
                       Instant reportedAt) {
    }
}
