package dk.samspil.contracts.national;

import java.time.LocalDate;

/**
 * {@code dk.samspil.national-association.forum-established.v1}: a professional forum or an experience network begins;
 * {@code mandate} may be null for an experience network.
 */
public record ForumEstablished(String forumId, ForumKind kind, String name, String mandate, LocalDate establishedOn)
        implements ForumEvent {
}
