package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code honorarium} is yearly, in whole kroner; {@code contactName} (optional) is staff personal data. */
public record AppointCoordinatorCommand(@TargetAggregateIdentifier String forumId, String coordinatorId,
                                        String role, String municipalityCode, long honorarium, String contactName) {
}
