package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.PreventionLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

@ValidPeriod
public record RegisterInitiativeRequest(
        @NotBlank(message = "Navn skal udfyldes") @Size(max = 200, message = "Navnet må højst have 200 tegn") String name,
        @NotNull(message = "Forebyggelsesniveau skal udfyldes (BUILDING, PREVENTIVE eller CRIME_PREVENTIVE)") PreventionLevel preventionLevel,
        @NotNull(message = "Rækkevidde skal udfyldes (LOCAL, CITY_WIDE, ACUTE eller CROSS_MUNICIPAL)") InitiativeScope scope,
        @NotNull(message = "Startdato skal udfyldes") LocalDate startDate,
        @NotNull(message = "Slutdato skal udfyldes") LocalDate endDate,
        @Size(max = 20, message = "Højst 20 temaer")
        List<@NotBlank(message = "Et tema kan ikke være tomt") @Size(max = 60, message = "Et tema må højst have 60 tegn") String> themes) {
}
