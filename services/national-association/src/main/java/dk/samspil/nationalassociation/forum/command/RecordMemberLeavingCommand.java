package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMemberLeavingCommand(@TargetAggregateIdentifier String forumId, String memberId) {
}
