package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code amount} in whole kroner. */
public record ApplyForGrantCommand(@TargetAggregateIdentifier String projectId, String grantId, String grantor,
                                   long amount) {
}
