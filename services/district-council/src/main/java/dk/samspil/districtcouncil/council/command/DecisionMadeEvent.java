package dk.samspil.districtcouncil.council.command;

import dk.samspil.contracts.reference.Theme;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record DecisionMadeEvent(String districtCode, String meetingId, String decisionId, String title,
                                String description, List<Theme> themes, List<String> localCouncilIds,
                                LocalDate dueDate) {
}
