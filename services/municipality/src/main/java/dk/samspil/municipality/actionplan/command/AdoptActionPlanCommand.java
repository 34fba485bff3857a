package dk.samspil.municipality.actionplan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The leadership level adopts the plan; {@code adoptedOn} null means today. */
public record AdoptActionPlanCommand(@TargetAggregateIdentifier String actionPlanId, String municipalityCode,
                                     LocalDate adoptedOn) {
}
