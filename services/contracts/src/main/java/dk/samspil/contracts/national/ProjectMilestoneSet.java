package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.project-milestone-set.v1}: a milestone due within the project period. */
public record ProjectMilestoneSet(String projectId, String milestoneId, String title, LocalDate dueDate)
        implements ProjectEvent {
}
