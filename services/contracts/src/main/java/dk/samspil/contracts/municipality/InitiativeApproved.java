package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.initiative-approved.v1}: the leader group approved an initiative. */
public record InitiativeApproved(String initiativeId, String municipalityCode) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.APPROVED;
    }
}
