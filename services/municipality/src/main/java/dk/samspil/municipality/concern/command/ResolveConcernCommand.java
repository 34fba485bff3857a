package dk.samspil.municipality.concern.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResolveConcernCommand(@TargetAggregateIdentifier String concernId, String resolution) {
}
