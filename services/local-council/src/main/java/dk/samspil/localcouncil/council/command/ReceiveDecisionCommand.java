package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.reference.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * A district-council decision assigned to the local council, as it arrives from Kafka; receiving the same decision
 * again changes nothing. {@code themes} are empty when only the assignment was seen.
 */
public record ReceiveDecisionCommand(@TargetAggregateIdentifier String localCouncilId, String districtCode,
                                     String decisionId, String title, String description, List<Theme> themes,
                                     LocalDate dueDate) {
}
