package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A municipality's member of the forum, by role; an experience network's member commits for a year. */
public record AddMemberCommand(@TargetAggregateIdentifier String forumId, String memberId,
                               String municipalityCode, String role, LocalDate committedFrom) {
}
