package dk.samspil.nationalassociation.forum.web;

import dk.samspil.contracts.national.ForumKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What the forum's steps take. Ranges that are rules of the forum (honorarium, dates, years, municipalities) are
 * checked by the forum itself and refused with 422 naming the value.
 */
final class ForumRequests {

    private ForumRequests() {
    }

    /** {@code mandate} is required for a professional forum (checked by the forum). */
    record Establish(
            @NotNull(message = "Art skal udfyldes") ForumKind kind,
            @NotBlank(message = "Navn skal udfyldes")
            @Size(max = 200, message = "Navnet må højst være 200 tegn") String name,
            @Size(max = 4000, message = "Mandatet må højst være 4000 tegn") String mandate) {
    }

    /** {@code contactName} is optional: staff personal data, never published. */
    record Coordinator(
            @NotBlank(message = "Rolle skal udfyldes")
            @Size(max = 200, message = "Rollen må højst være 200 tegn") String role,
            @NotBlank(message = "Kommunekode skal udfyldes") String municipalityCode,
            @NotNull(message = "Honorar skal udfyldes") Long honorarium,
            @Size(max = 200, message = "Kontaktnavnet må højst være 200 tegn") String contactName) {
    }

    record Member(
            @NotBlank(message = "Kommunekode skal udfyldes") String municipalityCode,
            @NotBlank(message = "Rolle skal udfyldes")
            @Size(max = 200, message = "Rollen må højst være 200 tegn") String role,
            @NotNull(message = "Startdato for tilsagnet skal udfyldes") LocalDate committedFrom) {
    }

    record Meeting(
            @NotNull(message = "Mødedato skal udfyldes") LocalDate heldOn,
            @NotBlank(message = "Emne skal udfyldes")
            @Size(max = 200, message = "Emnet må højst være 200 tegn") String subject,
            @NotNull(message = "Deltagende kommuner skal udfyldes")
            @Size(max = 98, message = "Højst 98 kommuner")
            List<@NotBlank(message = "Kommunekode skal udfyldes") String> attendingMunicipalityCodes) {
    }

    record YearlyStatus(
            @NotNull(message = "År skal udfyldes") Integer year,
            @NotBlank(message = "Statustekst skal udfyldes")
            @Size(max = 10_000, message = "Statusteksten må højst være 10000 tegn") String text) {
    }

    record Product(
            @NotBlank(message = "Titel skal udfyldes")
            @Size(max = 200, message = "Titlen må højst være 200 tegn") String title,
            @NotBlank(message = "Beskrivelse skal udfyldes")
            @Size(max = 4000, message = "Beskrivelsen må højst være 4000 tegn") String description,
            @NotNull(message = "Udgivelsesdato skal udfyldes") LocalDate publishedOn) {
    }
}
