package dk.samspil.contracts.municipality;

import java.time.LocalDate;

/** {@code dk.samspil.municipality.initiative-status-reported.v1}: a half-yearly status report reached the secretariat. */
public record InitiativeStatusReported(String initiativeId, String municipalityCode, LocalDate reportedOn,
                                       String summary, LocalDate nextStatusReportDue) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.ACTIVE;
    }
}
