package dk.samspil.districtcouncil.council.command;

import dk.samspil.contracts.reference.Theme;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** A decision at one of the council's meetings, assigned to the local councils named (possibly none yet). */
public record MakeDecisionCommand(@TargetAggregateIdentifier String districtCode, String meetingId, String decisionId,
                                  String title, String description, List<Theme> themes, List<String> localCouncilIds,
                                  LocalDate dueDate) {
}
