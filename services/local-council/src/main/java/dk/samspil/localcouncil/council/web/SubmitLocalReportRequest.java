package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.localcouncil.Trend;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

record SubmitLocalReportRequest(
        @NotNull(message = "Periodens begyndelse skal udfyldes") LocalDate periodStart,
        @NotNull(message = "Periodens slutning skal udfyldes") LocalDate periodEnd,
        @NotEmpty(message = "Angiv udviklingen for mindst ét tema") @Size(max = 20, message = "Højst 20 temaer")
        List<@NotNull @Valid ThemeTrendRequest> themeTrends,
        @Size(max = 50, message = "Højst 50 tal") List<@NotNull @Valid FigureRequest> figures,
        @NotBlank(message = "Rapportens tekst skal udfyldes")
        @Size(max = 4000, message = "Teksten må højst have 4000 tegn") String text) {

    record ThemeTrendRequest(
            @NotBlank(message = "Tema skal udfyldes") String theme,
            @NotNull(message = "Udviklingen skal udfyldes (UP, FLAT, DOWN)") Trend trend,
            @Size(max = 1000, message = "Kommentaren må højst have 1000 tegn") String comment) {
    }

    record FigureRequest(
            @NotBlank(message = "Tallets betegnelse skal udfyldes")
            @Size(max = 200, message = "Betegnelsen må højst have 200 tegn") String label,
            @NotNull(message = "Tallet skal udfyldes") @PositiveOrZero(message = "Tallet kan ikke være negativt") Long value) {
    }
}
