package dk.samspil.districtcouncil.council.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A whole plan is longer than the other texts of the platform, and still well within the request body limit. */
record DraftRequest(
        @NotBlank(message = "Titel skal udfyldes")
        @Size(max = 200, message = "Titlen må højst være 200 tegn") String title,
        @NotNull(message = "Periodens start skal udfyldes") LocalDate periodStart,
        @NotNull(message = "Periodens slutning skal udfyldes") LocalDate periodEnd,
        @NotBlank(message = "Planens tekst skal udfyldes")
        @Size(max = 20_000, message = "Planens tekst må højst være 20000 tegn") String text) {
}
