package dk.samspil.municipality.initiative.command;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The initiative ends with its final evaluation and an actual amount for every budget line; {@code completedOn} null means today. */
public record CompleteInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, String finalEvaluation, LocalDate completedOn, List<ActualAmount> actualAmounts) {
}
