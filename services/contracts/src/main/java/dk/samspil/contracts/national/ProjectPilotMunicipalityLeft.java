package dk.samspil.contracts.national;

/** {@code dk.samspil.national-association.project-pilot-municipality-left.v1}: the pilot municipality left. */
public record ProjectPilotMunicipalityLeft(String projectId, String projectName, String municipalityCode,
                                           String districtCode, PilotMunicipalityRole role)
        implements ProjectPilotMunicipalityEvent {

    @Override
    public PilotStatus pilotStatus() {
        return PilotStatus.LEFT;
    }
}
