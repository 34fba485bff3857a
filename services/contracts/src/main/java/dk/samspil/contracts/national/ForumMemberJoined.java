package dk.samspil.contracts.national;

import java.time.LocalDate;

/**
 * {@code dk.samspil.national-association.forum-member-joined.v1}: a member, referred to by role and municipality;
 * {@code committedUntil} is the end of the one-year commitment to an experience network, null for a professional forum.
 */
public record ForumMemberJoined(String forumId, ForumKind kind, String memberId, String municipalityCode,
                                String districtCode, String role, LocalDate committedFrom, LocalDate committedUntil)
        implements ForumEvent {
}
