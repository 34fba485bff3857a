package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;

import java.time.LocalDate;

/**
 * One local council's part of a decision: {@code PLANNED} until it reports.
 *
 * @param lastNote   the note of its latest report; null before the first
 * @param reportedOn the day of its latest report; null before the first
 */
public record DecisionAssignment(String localCouncilId, String name, DecisionImplementationStatus status,
                                 String statusLabel, String lastNote, LocalDate reportedOn) {

    static DecisionAssignment of(String localCouncilId, String name, DecisionImplementationStatus status,
                                 String lastNote, LocalDate reportedOn) {
        return new DecisionAssignment(localCouncilId, name, status, status.label(), lastNote, reportedOn);
    }
}
