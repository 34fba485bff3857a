package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record SetMilestoneCommand(@TargetAggregateIdentifier String projectId, String milestoneId, String title,
                                  LocalDate dueDate) {
}
