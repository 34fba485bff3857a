package dk.samspil.municipality.pilotproject.query;

import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;
import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectStatus;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectProposed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A national project as the municipalities' read model knows it from the published events: what a pilot municipality
 * is shown, and the pilot municipalities by kommunekode, in the order they were first invited.
 *
 * @param name        null until the proposal or a pilot event is seen
 * @param periodStart null until the proposal is seen
 * @param periodEnd   null until the proposal is seen
 */
record PilotProject(String projectId, String name, LocalDate periodStart, LocalDate periodEnd, ProjectStatus status,
                    Map<String, Pilot> pilots) {

    record Pilot(PilotMunicipalityRole role, PilotStatus status) {
    }

    static PilotProject unseen(String projectId) {
        return new PilotProject(projectId, null, null, null, ProjectStatus.PROPOSED, Map.of());
    }

    /** This project after the event; empty when the event changes nothing a municipality is shown (a milestone). */
    Optional<PilotProject> after(ProjectEvent event) {
        if (event instanceof ProjectProposed proposed) {
            return Optional.of(new PilotProject(projectId, proposed.name(), proposed.periodStart(),
                    proposed.periodEnd(), status, pilots));
        }
        Optional<ProjectPilotMunicipalityEvent> pilotChange = ProjectPilotMunicipalityEvent.of(event);
        if (pilotChange.isPresent()) {
            ProjectPilotMunicipalityEvent change = pilotChange.get();
            Map<String, Pilot> changed = new LinkedHashMap<>(pilots);
            changed.put(change.municipalityCode(), new Pilot(change.role(), change.pilotStatus()));
            return Optional.of(new PilotProject(projectId, change.projectName() == null ? name : change.projectName(),
                    periodStart, periodEnd, status, changed));
        }
        return ProjectStatus.reachedBy(event).map(reached -> new PilotProject(projectId, name, periodStart, periodEnd,
                status.advancedTo(reached), pilots));
    }
}
