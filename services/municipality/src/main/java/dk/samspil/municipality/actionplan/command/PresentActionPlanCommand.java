package dk.samspil.municipality.actionplan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The plan was presented at the district council; {@code presentedOn} null means today. */
public record PresentActionPlanCommand(@TargetAggregateIdentifier String actionPlanId, String municipalityCode,
                                       LocalDate presentedOn) {
}
