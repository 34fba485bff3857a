package dk.samspil.contracts.national;

import java.time.LocalDate;

/**
 * {@code dk.samspil.national-association.forum-yearly-status-reported.v1}; the next status is due on
 * {@code nextDueOn}.
 */
public record ForumYearlyStatusReported(String forumId, int year, String text, LocalDate reportedOn,
                                        LocalDate nextDueOn) implements ForumEvent {
}
