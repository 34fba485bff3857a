package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReachMilestoneCommand(@TargetAggregateIdentifier String projectId, String milestoneId) {
}
