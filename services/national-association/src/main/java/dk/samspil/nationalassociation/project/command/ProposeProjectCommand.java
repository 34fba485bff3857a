package dk.samspil.nationalassociation.project.command;

import java.time.LocalDate;
import java.util.List;

/** The leadership is given by role (e.g. "Projektleder"), never by a person's name. */
public record ProposeProjectCommand(String projectId, String name, String purpose, String owner, List<String> coOwners,
                                    LocalDate periodStart, LocalDate periodEnd, String strategicLeadRole,
                                    String staffLeadRole, List<String> professionalForums, List<String> partners) {
}
