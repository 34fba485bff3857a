package dk.samspil.municipality.initiative.command;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Work starts again; {@code resumedOn} null means today. */
public record ResumeInitiativeCommand(@TargetAggregateIdentifier String initiativeId, String municipalityCode, LocalDate resumedOn) {
}
