package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.initiative-withdrawn.v1}: the municipality withdrew the initiative, with a reason. */
public record InitiativeWithdrawn(String initiativeId, String municipalityCode, String reason) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.WITHDRAWN;
    }
}
