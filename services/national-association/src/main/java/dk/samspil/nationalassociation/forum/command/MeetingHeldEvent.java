package dk.samspil.nationalassociation.forum.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record MeetingHeldEvent(String forumId, String meetingId, LocalDate heldOn, String subject,
                               List<String> attendingMunicipalityCodes) {
}
