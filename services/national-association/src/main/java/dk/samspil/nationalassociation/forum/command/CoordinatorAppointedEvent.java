package dk.samspil.nationalassociation.forum.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * {@code contactName} is staff personal data: sealed with the person's key (erasable), it stays in the event store and
 * the read model, never on Kafka. Events from before sealing hold it plain.
 */
@Revision("1")
public record CoordinatorAppointedEvent(String forumId, String coordinatorId, String role, String municipalityCode,
                                        long honorarium, String contactName, LocalDate appointedOn) {
}
