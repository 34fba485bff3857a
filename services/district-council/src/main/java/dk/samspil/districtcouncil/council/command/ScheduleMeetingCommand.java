package dk.samspil.districtcouncil.council.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record ScheduleMeetingCommand(@TargetAggregateIdentifier String districtCode, String meetingId, LocalDate date,
                                     List<MeetingAgendaItem> agenda) {
}
