package dk.samspil.municipality.actionplan.web;

import dk.samspil.municipality.actionplan.command.OrganisationLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The six points of a two-year action plan; the period runs from {@code firstYear} to the year after. */
record ProposeActionPlanRequest(
        @NotNull(message = "Første år skal udfyldes")
        @Min(value = 2000, message = "Første år skal ligge mellem 2000 og 2100")
        @Max(value = 2100, message = "Første år skal ligge mellem 2000 og 2100") Integer firstYear,
        @NotBlank(message = "Analysen af den lokale kriminalitetssituation skal udfyldes")
        @Size(max = 4000, message = "Analysen må højst have 4000 tegn") String analysis,
        @NotBlank(message = "Det overordnede mål skal udfyldes")
        @Size(max = 4000, message = "Det overordnede mål må højst have 4000 tegn") String overallGoal,
        @Size(max = 20, message = "Højst 20 delmål")
        List<@NotBlank(message = "Et delmål kan ikke være tomt") @Size(max = 200, message = "Et delmål må højst have 200 tegn") String> subGoals,
        @Size(max = 20, message = "Højst 20 indsatser ved forslaget; flere kan tilknyttes bagefter")
        List<@NotBlank(message = "Et indsats-id kan ikke være tomt") @Size(max = 100, message = "Et indsats-id må højst have 100 tegn") String> initiativeIds,
        @NotNull(message = "Organiseringen skal udfyldes") @Valid Organisation organisation,
        @NotBlank(message = "Finansieringen skal beskrives")
        @Size(max = 4000, message = "Finansieringen må højst have 4000 tegn") String financing,
        @NotBlank(message = "Dokumentation og opfølgning skal beskrives")
        @Size(max = 4000, message = "Dokumentation og opfølgning må højst have 4000 tegn") String documentation,
        @NotNull(message = "Forslagsstiller skal udfyldes (EXECUTING eller COORDINATING)") OrganisationLevel proposedBy) {

    /** Roles (not names) at the strategic, coordinating and executing levels. */
    record Organisation(
            @Size(max = 20, message = "Højst 20 roller") List<@NotBlank(message = "En rolle kan ikke være tom") @Size(max = 200, message = "En rolle må højst have 200 tegn") String> strategic,
            @Size(max = 20, message = "Højst 20 roller") List<@NotBlank(message = "En rolle kan ikke være tom") @Size(max = 200, message = "En rolle må højst have 200 tegn") String> coordinating,
            @Size(max = 20, message = "Højst 20 roller") List<@NotBlank(message = "En rolle kan ikke være tom") @Size(max = 200, message = "En rolle må højst have 200 tegn") String> executing) {
    }
}
