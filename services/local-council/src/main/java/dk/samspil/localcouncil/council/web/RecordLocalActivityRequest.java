package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.localcouncil.LocalActivityKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code municipalityCodes} left out: the activity concerns every municipality the council covers. */
record RecordLocalActivityRequest(
        @NotNull(message = "Aktivitetens art skal udfyldes") LocalActivityKind kind,
        @NotBlank(message = "Titel skal udfyldes") @Size(max = 200, message = "Titlen må højst have 200 tegn") String title,
        @NotBlank(message = "Beskrivelse skal udfyldes")
        @Size(max = 4000, message = "Beskrivelsen må højst have 4000 tegn") String description,
        @NotEmpty(message = "Angiv mindst ét tema") @Size(max = 20, message = "Højst 20 temaer")
        List<@NotBlank(message = "Et tema kan ikke være tomt") String> themes,
        @Size(max = 100, message = "Højst 100 kommuner")
        List<@NotBlank(message = "En kommunekode kan ikke være tom") String> municipalityCodes,
        @NotNull(message = "Datoen for aktiviteten skal udfyldes") LocalDate heldOn,
        @PositiveOrZero(message = "Antal deltagere kan ikke være negativt")
        @Max(value = 1_000_000, message = "Højst 1.000.000 deltagere") Integer participants) {
}
