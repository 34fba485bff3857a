package dk.samspil.contracts.national;

/** {@code dk.samspil.national-association.project-pilot-municipality-joined.v1}: the invited municipality joined. */
public record ProjectPilotMunicipalityJoined(String projectId, String projectName, String municipalityCode,
                                             String districtCode, PilotMunicipalityRole role)
        implements ProjectPilotMunicipalityEvent {

    @Override
    public PilotStatus pilotStatus() {
        return PilotStatus.JOINED;
    }
}
