package dk.samspil.web.district.query;

import java.time.LocalDate;
import java.util.List;

/** A national project with pilot municipalities of the district invited or taking part. */
public record PilotProject(String projectId, String name, String statusLabel, LocalDate periodStart,
                           LocalDate periodEnd, List<PilotMunicipality> municipalities) {

    public record PilotMunicipality(String code, String name, String roleLabel, String pilotStatusLabel) {
    }
}
