package dk.samspil.contracts.national;

import java.util.Optional;

/** The three pilot-municipality events carry the same fields; {@link #pilotStatus} is the part after the event. */
public interface ProjectPilotMunicipalityEvent extends ProjectEvent {

    String projectName();

    String municipalityCode();

    /** The police district the municipality lies in. */
    String districtCode();

    PilotMunicipalityRole role();

    PilotStatus pilotStatus();

    static Optional<ProjectPilotMunicipalityEvent> of(ProjectEvent event) {
        return event instanceof ProjectPilotMunicipalityEvent pilot ? Optional.of(pilot) : Optional.empty();
    }
}
