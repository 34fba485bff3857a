package dk.samspil.municipality.concern.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

public record EscalateConcernCommand(@TargetAggregateIdentifier String concernId, List<String> districtCodes,
                                     String reason) {
}
