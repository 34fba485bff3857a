package dk.samspil.districtcouncil.council.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record MeetingScheduledEvent(String districtCode, String meetingId, LocalDate date,
                                    List<MeetingAgendaItem> agenda) {
}
