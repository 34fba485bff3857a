package dk.samspil.nationalassociation.project.command;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PilotMunicipalityJoinedEvent(String projectId, String projectName, String municipalityCode,
        String districtCode, PilotMunicipalityRole role) {
}
