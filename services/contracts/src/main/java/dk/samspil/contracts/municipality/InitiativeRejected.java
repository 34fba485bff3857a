package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.initiative-rejected.v1}: the leader group rejected the application, with a reason. */
public record InitiativeRejected(String initiativeId, String municipalityCode, String reason) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.REJECTED;
    }
}
