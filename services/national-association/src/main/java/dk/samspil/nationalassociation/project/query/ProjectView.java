package dk.samspil.nationalassociation.project.query;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.nationalassociation.project.command.GrantStatus;
import dk.samspil.nationalassociation.project.command.PilotMunicipalityStatus;
import dk.samspil.nationalassociation.project.command.ProjectStatus;

import java.time.LocalDate;
import java.util.List;

/** A project as the association sees it; {@code stopReason} is null unless stopped. */
public record ProjectView(String projectId, String name, String purpose, String owner, List<String> coOwners,
                          LocalDate periodStart, LocalDate periodEnd, String strategicLeadRole, String staffLeadRole,
                          List<String> professionalForums, List<String> partners, ProjectStatus status,
                          String statusLabel, String stopReason, List<Grant> grants,
                          List<PilotMunicipality> pilotMunicipalities, List<Milestone> milestones) {

    public record Grant(String grantId, String grantor, long amount, GrantStatus status, String statusLabel,
                        LocalDate boardMandateDecidedOn, String boardMandateReference) {
    }

    public record PilotMunicipality(String municipalityCode, String name, String districtCode,
                                    PilotMunicipalityRole role, String roleLabel, PilotMunicipalityStatus status,
                                    String statusLabel) {
    }

    /** {@code overdue}: not reached and due before today. */
    public record Milestone(String milestoneId, String title, LocalDate dueDate, LocalDate reachedOn, boolean overdue) {
    }
}
