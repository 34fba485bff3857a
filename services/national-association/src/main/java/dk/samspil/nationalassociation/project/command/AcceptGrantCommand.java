package dk.samspil.nationalassociation.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code boardMandate} is null when none was given: the step is then refused. */
public record AcceptGrantCommand(@TargetAggregateIdentifier String projectId, String grantId, BoardMandate boardMandate) {
}
