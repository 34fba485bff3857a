package dk.samspil.contracts.municipality;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.municipality.initiative-completed.v1}: the initiative ended with its final evaluation and final
 * accounts: every budget line carries its actual amount.
 */
public record InitiativeCompleted(String initiativeId, String municipalityCode, LocalDate completedOn,
                                  String finalEvaluation, List<BudgetLine> budgetLines, long budgetTotal,
                                  long actualTotal) implements InitiativeEvent {

    @Override
    public InitiativeStatus resultingStatus() {
        return InitiativeStatus.COMPLETED;
    }
}
