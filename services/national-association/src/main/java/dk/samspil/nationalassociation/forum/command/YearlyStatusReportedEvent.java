package dk.samspil.nationalassociation.forum.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record YearlyStatusReportedEvent(String forumId, int year, String text, LocalDate reportedOn,
                                        LocalDate nextDueOn) {
}
