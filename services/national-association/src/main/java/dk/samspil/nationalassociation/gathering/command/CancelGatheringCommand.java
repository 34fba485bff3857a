package dk.samspil.nationalassociation.gathering.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelGatheringCommand(@TargetAggregateIdentifier String gatheringId, String reason) {
}
