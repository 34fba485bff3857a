package dk.samspil.districtcouncil.council.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes a draft version of the cooperation plan; it must be the latest draft. */
public record PublishCooperationPlanCommand(@TargetAggregateIdentifier String districtCode, int version) {
}
