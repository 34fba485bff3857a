package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineGrantCommand(@TargetAggregateIdentifier String projectId, String grantId) {
}
