package dk.samspil.districtcouncil.council.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

record PublicationRequest(
        @NotNull(message = "Version skal udfyldes")
        @Positive(message = "Versionen er et positivt tal") Integer version) {
}
