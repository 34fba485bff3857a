package dk.samspil.municipality.concern.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** "We see it too": {@code confirmedBy} joins the area; the note is optional. */
public record ConfirmConcernCommand(@TargetAggregateIdentifier String concernId, String confirmedBy, String note) {
}
