package dk.samspil.nationalassociation.project.web;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What the project's steps take. Leadership is given by role only: no person's name is asked for. */
final class ProjectRequests {

    private ProjectRequests() {
    }

    /** The lists may be left out: none yet. */
    record Proposal(
            @NotBlank(message = "Navn skal udfyldes")
            @Size(max = 200, message = "Navnet må højst være 200 tegn") String name,
            @NotBlank(message = "Formål skal udfyldes")
            @Size(max = 4000, message = "Formålet må højst være 4000 tegn") String purpose,
            @NotBlank(message = "Ejer skal udfyldes")
            @Size(max = 200, message = "Ejeren må højst være 200 tegn") String owner,
            @Size(max = 20, message = "Højst 20 medejere") List<@NotBlank(message = "Medejer skal udfyldes") String> coOwners,
            @NotNull(message = "Periodens start skal udfyldes") LocalDate periodStart,
            @NotNull(message = "Periodens slut skal udfyldes") LocalDate periodEnd,
            @NotBlank(message = "Strategisk ledelse (rolle) skal udfyldes")
            @Size(max = 200, message = "Rollen må højst være 200 tegn") String strategicLeadRole,
            @NotBlank(message = "Faglig ledelse (rolle) skal udfyldes")
            @Size(max = 200, message = "Rollen må højst være 200 tegn") String staffLeadRole,
            @Size(max = 50, message = "Højst 50 fagfora")
            List<@NotBlank(message = "Fagforum skal udfyldes") String> professionalForums,
            @Size(max = 50, message = "Højst 50 partnere") List<@NotBlank(message = "Partner skal udfyldes") String> partners) {
    }

    /** The amount's bounds are a rule of the project (422), not of the form. */
    record GrantApplication(
            @NotBlank(message = "Bevillingsgiver skal udfyldes")
            @Size(max = 200, message = "Bevillingsgiveren må højst være 200 tegn") String grantor,
            @NotNull(message = "Beløb skal udfyldes") Long amount) {
    }

    /** Without a board mandate the acceptance is refused by the project (422); a mandate given must be complete. */
    record Acceptance(@Valid BoardMandateRequest boardMandate) {
    }

    record BoardMandateRequest(
            @NotNull(message = "Dato for bestyrelsens beslutning skal udfyldes") LocalDate decidedOn,
            @NotBlank(message = "Reference til bestyrelsens beslutning skal udfyldes")
            @Size(max = 500, message = "Referencen må højst være 500 tegn") String reference) {
    }

    record Stop(
            @NotBlank(message = "Begrundelse skal udfyldes")
            @Size(max = 2000, message = "Begrundelsen må højst være 2000 tegn") String reason) {
    }

    record PilotInvitation(
            @NotBlank(message = "Kommunekode skal udfyldes") String municipalityCode,
            @NotNull(message = "Rolle skal udfyldes") PilotMunicipalityRole role) {
    }

    record MilestoneRequest(
            @NotBlank(message = "Titel skal udfyldes")
            @Size(max = 200, message = "Titlen må højst være 200 tegn") String title,
            @NotNull(message = "Frist skal udfyldes") LocalDate dueDate) {
    }
}
