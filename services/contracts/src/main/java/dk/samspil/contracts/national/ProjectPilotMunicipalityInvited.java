package dk.samspil.contracts.national;

/**
 * {@code dk.samspil.national-association.project-pilot-municipality-invited.v1}: a municipality (in police district
 * {@code districtCode}) invited to take part in the project in the role given.
 */
public record ProjectPilotMunicipalityInvited(String projectId, String projectName, String municipalityCode,
                                              String districtCode, PilotMunicipalityRole role)
        implements ProjectPilotMunicipalityEvent {

    @Override
    public PilotStatus pilotStatus() {
        return PilotStatus.INVITED;
    }
}
