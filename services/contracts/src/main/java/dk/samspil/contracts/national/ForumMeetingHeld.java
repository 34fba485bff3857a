package dk.samspil.contracts.national;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.national-association.forum-meeting-held.v1}: a meeting and the municipalities that attended. */
public record ForumMeetingHeld(String forumId, String meetingId, LocalDate heldOn, String subject,
                               List<String> attendingMunicipalityCodes) implements ForumEvent {
}
