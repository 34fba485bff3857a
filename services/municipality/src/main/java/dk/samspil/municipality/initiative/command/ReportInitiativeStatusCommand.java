package dk.samspil.municipality.initiative.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A half-yearly status report to the secretariat; {@code reportedOn} null means today. */
public record ReportInitiativeStatusCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String summary, LocalDate reportedOn) {
}
