package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.initiative-approved-without-funding.v1}: the secretariat approved it, but no money. */
public record InitiativeApprovedWithoutFunding(String initiativeId, String municipalityCode, String reason)
        implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.APPROVED_WITHOUT_FUNDING;
    }
}
