package dk.samspil.nationalassociation.forum.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProductPublishedEvent(String forumId, String productId, String title, String description,
                                    LocalDate publishedOn) {
}
