package dk.samspil.nationalassociation.project.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MilestoneSetEvent(String projectId, String milestoneId, String title, LocalDate dueDate) {
}
