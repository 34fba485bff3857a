package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.initiative-submitted.v1}: the application went to the SSP leader group. */
public record InitiativeSubmitted(String initiativeId, String municipalityCode) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.SUBMITTED;
    }
}
