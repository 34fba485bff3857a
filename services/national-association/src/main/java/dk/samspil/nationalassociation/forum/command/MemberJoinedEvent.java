package dk.samspil.nationalassociation.forum.command;

import dk.samspil.contracts.national.ForumKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** {@code committedUntil} is null for a professional forum. */
@Revision("1")
public record MemberJoinedEvent(String forumId, ForumKind kind, String memberId, String municipalityCode, String role,
                                LocalDate committedFrom, LocalDate committedUntil) {
}
