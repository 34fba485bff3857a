package dk.samspil.districtcouncil.council.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code localCouncilIds} may be empty: the decision can be assigned later. */
record DecisionRequest(
        @NotBlank(message = "Titel skal udfyldes")
        @Size(max = 200, message = "Titlen må højst være 200 tegn") String title,
        @NotBlank(message = "Beskrivelse skal udfyldes")
        @Size(max = 4000, message = "Beskrivelsen må højst være 4000 tegn") String description,
        @NotNull(message = "Temaer skal udfyldes")
        @Size(max = 20, message = "Højst 20 temaer") List<@NotBlank(message = "Tema skal udfyldes") String> themes,
        @NotNull(message = "Lokalråd skal udfyldes")
        @Size(max = 100, message = "Højst 100 lokalråd") List<@NotBlank(message = "Lokalråd skal udfyldes") String> localCouncilIds,
        @NotNull(message = "Frist skal udfyldes") LocalDate dueDate) {
}
