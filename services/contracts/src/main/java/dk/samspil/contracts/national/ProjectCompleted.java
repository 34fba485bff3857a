package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.project-completed.v1}: the running project was completed. */
public record ProjectCompleted(String projectId, LocalDate completedOn) implements ProjectEvent {
}
