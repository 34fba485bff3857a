package dk.samspil.nationalassociation.forum.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MemberLeftEvent(String forumId, String memberId, String municipalityCode, LocalDate leftOn) {
}
