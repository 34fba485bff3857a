package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernSeverity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A municipality of the area adds a note; {@code severity} is null when it stays as it is. */
public record UpdateConcernCommand(@TargetAggregateIdentifier String concernId, String updatedBy, String note,
                                   ConcernSeverity severity) {
}
