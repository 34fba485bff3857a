package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of a concern's steps. Free text is only in the named fields (title, description, note, reason,
 * resolution), so the data-protection check can find it; codes are bounded so a body cannot carry text in them.
 */
final class ConcernRequests {

    private ConcernRequests() {
    }

    record Raise(
            @NotBlank(message = "Titlen skal udfyldes") @Size(max = 200, message = "Titlen må højst have 200 tegn") String title,
            @NotBlank(message = "Beskrivelsen skal udfyldes") @Size(max = 4000, message = "Beskrivelsen må højst have 4000 tegn") String description,
            @NotEmpty(message = "Angiv mindst ét tema") @Size(max = 20, message = "Højst 20 temaer")
            List<@NotBlank(message = "Et tema kan ikke være tomt") @Size(max = 100, message = "Et tema må højst have 100 tegn") String> themes,
            @NotNull(message = "Alvorligheden skal udfyldes (INFO, WATCH eller ALERT)") ConcernSeverity severity,
            @Size(max = 98, message = "Højst 98 kommuner")
            List<@NotBlank(message = "En kommunekode kan ikke være tom") @Size(max = 4, message = "En kommunekode har 3 eller 4 cifre") String> municipalityCodes,
            @Size(max = 12, message = "Højst 12 politikredse")
            List<@NotBlank(message = "En politikredskode kan ikke være tom") @Size(max = 4, message = "En politikredskode har 4 cifre") String> districtCodes,
            @NotNull(message = "Observationsdatoen skal udfyldes") LocalDate observedOn) {
    }

    record Update(
            @NotBlank(message = "Kommunekoden skal udfyldes") @Size(max = 4, message = "En kommunekode har 3 eller 4 cifre") String municipalityCode,
            @NotBlank(message = "Noten skal udfyldes") @Size(max = 4000, message = "Noten må højst have 4000 tegn") String note,
            ConcernSeverity severity) {
    }

    record Confirmation(
            @NotBlank(message = "Kommunekoden skal udfyldes") @Size(max = 4, message = "En kommunekode har 3 eller 4 cifre") String municipalityCode,
            @Size(max = 4000, message = "Noten må højst have 4000 tegn") String note) {
    }

    record Escalation(
            @NotEmpty(message = "Angiv mindst én politikreds") @Size(max = 12, message = "Højst 12 politikredse")
            List<@NotBlank(message = "En politikredskode kan ikke være tom") @Size(max = 4, message = "En politikredskode har 4 cifre") String> districtCodes,
            @NotBlank(message = "Begrundelsen skal udfyldes") @Size(max = 4000, message = "Begrundelsen må højst have 4000 tegn") String reason) {
    }

    record Resolution(
            @NotBlank(message = "Løsningen skal beskrives") @Size(max = 4000, message = "Løsningen må højst have 4000 tegn") String resolution) {
    }
}
