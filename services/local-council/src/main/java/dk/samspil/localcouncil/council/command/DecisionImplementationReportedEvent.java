package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** {@code status} is the decision's status after the report; the same status again is a further note. */
@Revision("1")
public record DecisionImplementationReportedEvent(String localCouncilId, String districtCode, String decisionId,
                                                  DecisionImplementationStatus status, String note,
                                                  LocalDate reportedOn) {
}
