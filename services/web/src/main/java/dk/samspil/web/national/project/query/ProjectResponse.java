package dk.samspil.web.national.project.query;

import java.time.LocalDate;
import java.util.List;

/** A national project as {@code GET /api/national/projects[/{id}]} answers it; {@code stopReason} once stopped. */
public record ProjectResponse(String projectId, String name, String purpose, String owner, List<String> coOwners,
                              LocalDate periodStart, LocalDate periodEnd, String strategicLeadRole,
                              String staffLeadRole, List<String> professionalForums, List<String> partners,
                              String status, String statusLabel, String stopReason, List<Grant> grants,
                              List<PilotMunicipality> pilotMunicipalities, List<Milestone> milestones) {

    public record Grant(String grantor, long amount, String statusLabel, LocalDate boardMandateDecidedOn,
                        String boardMandateReference) {
    }

    public record PilotMunicipality(String municipalityCode, String name, String roleLabel, String statusLabel) {
    }

    /** {@code overdue}: not reached and due before today. */
    public record Milestone(String title, LocalDate dueDate, LocalDate reachedOn, boolean overdue) {
    }
}
