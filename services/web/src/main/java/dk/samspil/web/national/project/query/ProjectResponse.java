package dk.samspil.web.national.project.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A national project as {@code GET /api/national/projects[/{id}]} answers it; {@code stopReason} once stopped.
 * {@code status} is PROPOSED, FUNDING_APPLIED, FUNDED, RUNNING, COMPLETED or STOPPED.
 */
public record ProjectResponse(String projectId, String name, String purpose, String owner, List<String> coOwners,
                              LocalDate periodStart, LocalDate periodEnd, String strategicLeadRole,
                              String staffLeadRole, List<String> professionalForums, List<String> partners,
                              String status, String statusLabel, String stopReason, List<Grant> grants,
                              List<PilotMunicipality> pilotMunicipalities, List<Milestone> milestones) {

    /** {@code status}: APPLIED, AWARDED, ACCEPTED or DECLINED; the board's mandate once accepted. */
    public record Grant(String grantId, String grantor, long amount, String status, String statusLabel,
                        LocalDate boardMandateDecidedOn, String boardMandateReference) {
    }

    /** {@code status}: INVITED, JOINED or LEFT. */
    public record PilotMunicipality(String municipalityCode, String name, String roleLabel, String status,
                                    String statusLabel) {
    }

    /** {@code overdue}: not reached and due before today. */
    public record Milestone(String milestoneId, String title, LocalDate dueDate, LocalDate reachedOn,
                            boolean overdue) {

        /** OPEN or REACHED, as the project's service names a milestone's status. */
        public String status() {
            return reachedOn == null ? "OPEN" : "REACHED";
        }
    }
}
