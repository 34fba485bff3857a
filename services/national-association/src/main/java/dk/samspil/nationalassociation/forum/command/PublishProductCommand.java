package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Material the forum makes available. */
public record PublishProductCommand(@TargetAggregateIdentifier String forumId, String productId,
                                    String title, String description, LocalDate publishedOn) {
}
