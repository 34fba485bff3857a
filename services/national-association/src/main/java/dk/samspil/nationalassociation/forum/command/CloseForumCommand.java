package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseForumCommand(@TargetAggregateIdentifier String forumId) {
}
