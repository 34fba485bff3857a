package dk.samspil.municipality.concernfeed.web;

import dk.samspil.contracts.municipality.ConcernSeverity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Empty or missing {@code themes}: every theme. */
record SubscriptionRequest(
        @Size(max = 20, message = "Højst 20 temaer") List<String> themes,
        @NotNull(message = "Område skal udfyldes") @Valid Area area,
        @NotNull(message = "Mindste alvorlighed skal udfyldes") ConcernSeverity minimumSeverity,
        @Size(max = 2000, message = "Webhook-adressen må højst have 2000 tegn") String webhookUrl) {

    record Area(Boolean ownDistrict,
                @Size(max = 20, message = "Højst 20 politikredse") List<String> districtCodes,
                @Size(max = 100, message = "Højst 100 kommuner") List<String> municipalityCodes,
                Boolean national) {
    }

    String webhookUrlOrNull() {
        return webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.trim();
    }
}
