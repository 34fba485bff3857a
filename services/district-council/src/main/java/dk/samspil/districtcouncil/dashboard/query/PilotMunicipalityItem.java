package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.PilotStatus;
import dk.samspil.contracts.national.PilotMunicipalityRole;

/** A pilot municipality of a national project, by kommunekode and name, with the Danish labels of its codes. */
public record PilotMunicipalityItem(String code, String name, PilotMunicipalityRole role, String roleLabel,
                                    PilotStatus pilotStatus, String pilotStatusLabel) {

    static PilotMunicipalityItem of(String code, String name, PilotMunicipalityRole role, PilotStatus pilotStatus) {
        return new PilotMunicipalityItem(code, name, role, role.label(), pilotStatus, pilotStatus.label());
    }
}
