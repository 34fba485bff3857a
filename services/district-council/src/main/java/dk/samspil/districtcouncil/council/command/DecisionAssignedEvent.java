package dk.samspil.districtcouncil.council.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** {@code localCouncilIds} are the councils added now, {@code assignedLocalCouncilIds} all the decision is assigned to. */
@Revision("1")
public record DecisionAssignedEvent(String districtCode, String decisionId, String title, String description,
                                    List<String> localCouncilIds, List<String> assignedLocalCouncilIds,
                                    LocalDate dueDate) {
}
