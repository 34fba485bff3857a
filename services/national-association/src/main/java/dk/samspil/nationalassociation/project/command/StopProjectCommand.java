package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StopProjectCommand(@TargetAggregateIdentifier String projectId, String reason) {
}
