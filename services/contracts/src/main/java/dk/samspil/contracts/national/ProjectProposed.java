package dk.samspil.contracts.national;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.national-association.project-proposed.v1}: a national project proposed for the period given. The
 * leadership is named by role only (no staff names); forums and partners by name.
 */
public record ProjectProposed(String projectId, String name, String purpose, String owner, List<String> coOwners,
                              LocalDate periodStart, LocalDate periodEnd, String strategicLeadRole,
                              String staffLeadRole, List<String> professionalForums, List<String> partners)
        implements ProjectEvent {
}
