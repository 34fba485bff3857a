package dk.samspil.web.district.query;

import java.time.LocalDate;
import java.util.List;

/** A decision of the district council and how far each local council it was assigned to has come. */
public record Decision(String decisionId, String title, LocalDate dueDate, boolean overdue,
                       List<Assignment> assignments) {

    public record Assignment(String localCouncilId, String name, String status, String statusLabel, String lastNote,
                             LocalDate reportedOn) {
    }
}
