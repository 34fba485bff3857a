package dk.samspil.municipality.actionplan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code followedUpOn} may be left out: today. */
record FollowUpActionPlanRequest(
        @NotBlank(message = "Opfølgningen skal have et resumé")
        @Size(max = 4000, message = "Resuméet må højst have 4000 tegn") String summary,
        LocalDate followedUpOn) {
}
