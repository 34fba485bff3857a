package dk.samspil.districtcouncil.dashboard.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A district-council decision and how far each local council it is assigned to has come.
 *
 * @param overdue the due date has passed and not every assigned local council is done
 */
public record DecisionItem(String decisionId, String title, LocalDate dueDate, boolean overdue,
                           List<DecisionAssignment> assignments) {
}
