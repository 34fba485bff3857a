package dk.samspil.nationalassociation.forum.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RecordMeetingCommand(@TargetAggregateIdentifier String forumId, String meetingId,
                                   LocalDate heldOn, String subject, List<String> attendingMunicipalityCodes) {
}
