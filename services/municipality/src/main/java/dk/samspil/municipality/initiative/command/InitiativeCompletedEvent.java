package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Every budget line carries its actual amount. */
@Revision("1")
public record InitiativeCompletedEvent(String initiativeId, String municipalityCode, LocalDate completedOn,
                                       String finalEvaluation, List<BudgetLine> budgetLines, long budgetTotal,
                                       long actualTotal) {
}
