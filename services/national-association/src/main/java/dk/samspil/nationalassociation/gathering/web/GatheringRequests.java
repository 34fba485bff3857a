package dk.samspil.nationalassociation.gathering.web;

import dk.samspil.contracts.national.GatheringKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the gathering's steps take. The police district, the day held, the municipalities and their counts are rules
 * of the gathering, checked by it and refused with 422 naming the value.
 */
final class GatheringRequests {

    private GatheringRequests() {
    }

    /** {@code districtCode} left out: a national gathering. The organiser is an organisation, not a person. */
    record Plan(
            @NotNull(message = "Art skal udfyldes") GatheringKind kind,
            String districtCode,
            @NotBlank(message = "Emne skal udfyldes")
            @Size(max = 200, message = "Emnet må højst være 200 tegn") String subject,
            @NotNull(message = "Dato skal udfyldes") LocalDate date,
            @NotBlank(message = "Arrangør skal udfyldes")
            @Size(max = 200, message = "Arrangøren må højst være 200 tegn") String organiser) {
    }

    /** {@code participants}: kommunekode → how many took part from that municipality. */
    record Held(
            @NotNull(message = "Dato for afholdelsen skal udfyldes") LocalDate heldOn,
            @NotNull(message = "Deltagere pr. kommune skal udfyldes")
            @Size(max = 98, message = "Højst 98 kommuner") Map<String, Integer> participants) {
    }

    record Cancellation(
            @NotBlank(message = "Begrundelse skal udfyldes")
            @Size(max = 500, message = "Begrundelsen må højst være 500 tegn") String reason) {
    }
}
