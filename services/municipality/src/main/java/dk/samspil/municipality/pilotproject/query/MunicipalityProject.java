package dk.samspil.municipality.pilotproject.query;

import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.ProjectStatus;
import dk.samspil.contracts.national.PilotMunicipalityRole;

import java.time.LocalDate;

/**
 * A national project as one of its pilot municipalities sees it, with the Danish labels of its codes.
 *
 * @param periodStart null (left out) while the project's proposal has not been seen
 * @param role        what the municipality does in the project
 * @param pilotStatus how far the municipality has come in taking part
 */
public record MunicipalityProject(String projectId, String name, LocalDate periodStart, LocalDate periodEnd,
                                  ProjectStatus status, String statusLabel, PilotMunicipalityRole role,
                                  String roleLabel, PilotStatus pilotStatus, String pilotStatusLabel) {

    static MunicipalityProject of(String projectId, String name, LocalDate periodStart, LocalDate periodEnd,
                                  ProjectStatus status, PilotMunicipalityRole role, PilotStatus pilotStatus) {
        return new MunicipalityProject(projectId, name, periodStart, periodEnd, status, status.label(), role,
                role.label(), pilotStatus, pilotStatus.label());
    }
}
