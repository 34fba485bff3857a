package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectPilotMunicipalityLeft;

import java.util.Optional;

/** What a pilot-municipality event says: the three contract records carry the same fields. */
record PilotChange(String projectName, String municipalityCode, String districtCode, PilotMunicipalityRole role,
                   PilotStatus status) {

    static Optional<PilotChange> of(ProjectEvent event) {
        if (event instanceof ProjectPilotMunicipalityInvited invited) {
            return Optional.of(new PilotChange(invited.projectName(), invited.municipalityCode(),
                    invited.districtCode(), invited.role(), PilotStatus.INVITED));
        }
        if (event instanceof ProjectPilotMunicipalityJoined joined) {
            return Optional.of(new PilotChange(joined.projectName(), joined.municipalityCode(), joined.districtCode(),
                    joined.role(), PilotStatus.JOINED));
        }
        if (event instanceof ProjectPilotMunicipalityLeft left) {
            return Optional.of(new PilotChange(left.projectName(), left.municipalityCode(), left.districtCode(),
                    left.role(), PilotStatus.LEFT));
        }
        return Optional.empty();
    }
}
