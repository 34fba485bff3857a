package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.forum-product-published.v1}: material the forum made available. */
public record ForumProductPublished(String forumId, String productId, String title, String description,
                                    LocalDate publishedOn) implements ForumEvent {
}
