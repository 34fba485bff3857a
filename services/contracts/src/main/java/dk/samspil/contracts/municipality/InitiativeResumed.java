package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.initiative-resumed.v1}: work started again; the next status report is due then. */
public record InitiativeResumed(String initiativeId, String municipalityCode, LocalDate resumedOn,
                                LocalDate statusReportDue) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.ACTIVE;
    }
}
