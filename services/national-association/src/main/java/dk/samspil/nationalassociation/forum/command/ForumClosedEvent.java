package dk.samspil.nationalassociation.forum.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ForumClosedEvent(String forumId, LocalDate closedOn) {
}
