package dk.samspil.municipality.initiative.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Work starts; {@code activatedOn} null means today. */
public record ActivateInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, LocalDate activatedOn) {
}
