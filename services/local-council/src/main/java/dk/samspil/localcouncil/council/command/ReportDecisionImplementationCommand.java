package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** How far the council has come with an assigned decision, with a note; {@code today} is the day of the report. */
public record ReportDecisionImplementationCommand(@TargetAggregateIdentifier String localCouncilId, String decisionId,
                                                  DecisionImplementationStatus status, String note, LocalDate today) {
}
