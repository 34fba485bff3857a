package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteProjectCommand(@TargetAggregateIdentifier String projectId) {
}
