package dk.samspil.municipality.pilotproject.query;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.national.ProjectPilotMunicipalityLeft;

import java.util.Optional;

/** What a pilot-municipality event says: the three contract records carry the same fields. */
record PilotChange(String projectName, String municipalityCode, PilotMunicipalityRole role, PilotStatus status) {

    static Optional<PilotChange> of(ProjectEvent event) {
        if (event instanceof ProjectPilotMunicipalityInvited invited) {
            return Optional.of(new PilotChange(invited.projectName(), invited.municipalityCode(), invited.role(),
                    PilotStatus.INVITED));
        }
        if (event instanceof ProjectPilotMunicipalityJoined joined) {
            return Optional.of(new PilotChange(joined.projectName(), joined.municipalityCode(), joined.role(),
                    PilotStatus.JOINED));
        }
        if (event instanceof ProjectPilotMunicipalityLeft left) {
            return Optional.of(new PilotChange(left.projectName(), left.municipalityCode(), left.role(),
                    PilotStatus.LEFT));
        }
        return Optional.empty();
    }
}
