package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AwardGrantCommand(@TargetAggregateIdentifier String projectId, String grantId) {
}
