package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.project-milestone-reached.v1}: the milestone was reached on the day given. */
public record ProjectMilestoneReached(String projectId, String milestoneId, LocalDate reachedOn)
        implements ProjectEvent {
}
