package dk.samspil.districtcouncil.council.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

record PrioritiesRequest(
        @NotNull(message = "Periodens start skal udfyldes") LocalDate periodStart,
        @NotNull(message = "Periodens slutning skal udfyldes") LocalDate periodEnd,
        @NotEmpty(message = "Angiv mindst én prioritet")
        @Size(max = 30, message = "Højst 30 prioriteter") List<@Valid @NotNull PriorityRequest> priorities) {

    record PriorityRequest(
            @NotBlank(message = "Tema skal udfyldes") String theme,
            @NotBlank(message = "Mål skal udfyldes")
            @Size(max = 4000, message = "Målet må højst være 4000 tegn") String goal) {
    }
}
