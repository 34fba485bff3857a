package dk.samspil.nationalassociation.project.command;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ProjectProposedEvent(String projectId, String name, String purpose, String owner, List<String> coOwners,
                                   LocalDate periodStart, LocalDate periodEnd, String strategicLeadRole,
                                   String staffLeadRole, List<String> professionalForums, List<String> partners) {
}
