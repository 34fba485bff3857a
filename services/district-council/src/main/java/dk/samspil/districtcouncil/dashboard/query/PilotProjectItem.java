package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.ProjectStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * A national project with pilot municipalities in the district, with the Danish label of its status.
 *
 * @param periodStart    null (left out) while the project's proposal has not been seen
 * @param municipalities the district's municipalities invited to it or taking part, in the order they were invited
 */
public record PilotProjectItem(String projectId, String name, ProjectStatus status, String statusLabel,
                               LocalDate periodStart, LocalDate periodEnd, List<PilotMunicipalityItem> municipalities) {

    static PilotProjectItem of(String projectId, String name, ProjectStatus status, LocalDate periodStart,
                               LocalDate periodEnd, List<PilotMunicipalityItem> municipalities) {
        return new PilotProjectItem(projectId, name, status, status.label(), periodStart, periodEnd, municipalities);
    }
}
