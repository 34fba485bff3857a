package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.initiative-paused.v1}: work stopped for a while; no status reports fall due. */
public record InitiativePaused(String initiativeId, String municipalityCode, LocalDate pausedOn, String reason)
        implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.PAUSED;
    }
}
