package dk.samspil.contracts.districtcouncil;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.district-council.meeting-scheduled.v1}: a council meeting with its agenda. */
public record MeetingScheduled(String districtCode, String meetingId, LocalDate date, List<AgendaItem> agenda)
        implements DistrictCouncilEvent {
}
