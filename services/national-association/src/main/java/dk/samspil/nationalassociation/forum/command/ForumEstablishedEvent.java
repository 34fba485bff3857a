package dk.samspil.nationalassociation.forum.command;

import dk.samspil.contracts.national.ForumKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ForumEstablishedEvent(String forumId, ForumKind kind, String name, String mandate,
                                    LocalDate establishedOn) {
}
