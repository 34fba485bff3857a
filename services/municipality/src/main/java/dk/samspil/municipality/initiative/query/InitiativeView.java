package dk.samspil.municipality.initiative.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.samspil.contracts.municipality.InitiativeStatus;

import java.time.LocalDate;

/**
 * An initiative as the municipality sees it: the stored document plus what depends on today — whether the status
 * report is overdue — and the Danish label of its status.
 */
public record InitiativeView(@JsonUnwrapped StoredInitiative initiative, String statusLabel, long budgetTotal,
                             boolean statusReportOverdue) {

    static InitiativeView of(StoredInitiative initiative, LocalDate today) {
        boolean overdue = initiative.status() == InitiativeStatus.ACTIVE && initiative.statusReportDue() != null
                && initiative.statusReportDue().isBefore(today);
        return new InitiativeView(initiative, initiative.status().label(), initiative.application().budgetTotal(), overdue);
    }
}
