package dk.samspil.contracts.municipality;

/**
 * {@code dk.samspil.municipality.initiative-approved.v1}: the leader group approved an initiative. {@code
 * leaderGroupArea} (added after the skeleton) names the local area whose leader group approved an acute initiative.
 */
public record InitiativeApproved(String initiativeId, String municipalityCode, String leaderGroupArea)
        implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.APPROVED;
    }
}
