package dk.samspil.contracts.national;

import java.time.LocalDate;

/** {@code dk.samspil.national-association.forum-member-left.v1}. */
public record ForumMemberLeft(String forumId, String memberId, String municipalityCode, String districtCode,
                              LocalDate leftOn) implements ForumEvent {
}
