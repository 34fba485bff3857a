package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.project-stopped.v1}: the project was stopped before completion. */
public record ProjectStopped(String projectId, LocalDate stoppedOn, String reason) implements ProjectEvent {
}
