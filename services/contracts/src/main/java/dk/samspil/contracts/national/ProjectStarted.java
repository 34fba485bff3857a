package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.project-started.v1}: the funded project is running from {@code startedOn}. */
public record ProjectStarted(String projectId, LocalDate startedOn) implements ProjectEvent {
}
