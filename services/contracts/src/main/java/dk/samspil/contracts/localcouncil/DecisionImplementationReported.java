package dk.samspil.contracts.localcouncil;

import java.time.LocalDate;

/**
 * {@code dk.samspil.local-council.decision-implementation-reported.v1}: how far the local council has come with a
 * district-council decision assigned to it ({@code status} after the report), with a note.
 */
public record DecisionImplementationReported(String localCouncilId, String districtCode, String decisionId,
                                             DecisionImplementationStatus status, String note, LocalDate reportedOn)
        implements LocalCouncilEvent {
}
