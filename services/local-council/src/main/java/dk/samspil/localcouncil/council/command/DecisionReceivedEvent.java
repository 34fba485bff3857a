package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.reference.Theme;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The decision is now the local council's to carry out; its implementation status is planned. */
@Revision("1")
public record DecisionReceivedEvent(String localCouncilId, String districtCode, String decisionId, String title,
                                    String description, List<Theme> themes, LocalDate dueDate) {
}
