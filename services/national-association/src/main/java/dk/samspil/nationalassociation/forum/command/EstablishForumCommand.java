package dk.samspil.nationalassociation.forum.command;

import dk.samspil.contracts.national.ForumKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A professional forum or an experience network begins today; a professional forum needs a mandate. */
public record EstablishForumCommand(@TargetAggregateIdentifier String forumId, ForumKind kind,
                                    String name, String mandate) {
}
