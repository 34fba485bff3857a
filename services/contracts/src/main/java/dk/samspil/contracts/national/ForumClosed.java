package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.forum-closed.v1}: the forum takes no further steps. */
public record ForumClosed(String forumId, LocalDate closedOn) implements ForumEvent {
}
