package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.initiative-activated.v1}: work started; the first status report is due then. */
public record InitiativeActivated(String initiativeId, String municipalityCode, LocalDate activatedOn,
                                  LocalDate statusReportDue) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.ACTIVE;
    }
}
