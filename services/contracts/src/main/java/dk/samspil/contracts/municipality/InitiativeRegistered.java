package dk.samspil.contracts.municipality;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.municipality.initiative-registered.v1}: a municipality registered an initiative (indsats). */
public record InitiativeRegistered(String initiativeId, String municipalityCode, String name,
                                   PreventionLevel preventionLevel, InitiativeScope scope,
                                   LocalDate startDate, LocalDate endDate, List<String> themes) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.REGISTERED;
    }
}
