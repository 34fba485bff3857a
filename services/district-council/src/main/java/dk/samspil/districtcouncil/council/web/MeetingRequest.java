package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.districtcouncil.AgendaItemKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

record MeetingRequest(
        @NotNull(message = "Mødedato skal udfyldes") LocalDate date,
        @NotEmpty(message = "Dagsordenen skal have mindst ét punkt")
        @Size(max = 50, message = "Højst 50 punkter på dagsordenen") List<@Valid @NotNull AgendaItemRequest> agenda) {

    /** {@code reference}: the id of the action plan, concern or local report the item is about, if any. */
    record AgendaItemRequest(
            @NotNull(message = "Punktets art skal udfyldes") AgendaItemKind kind,
            @Size(max = 100, message = "Referencen må højst være 100 tegn") String reference,
            @NotBlank(message = "Titel skal udfyldes")
            @Size(max = 200, message = "Titlen må højst være 200 tegn") String title) {
    }
}
