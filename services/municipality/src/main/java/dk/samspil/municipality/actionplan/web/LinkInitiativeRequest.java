package dk.samspil.municipality.actionplan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record LinkInitiativeRequest(
        @NotBlank(message = "Indsatsens id skal udfyldes")
        @Size(max = 100, message = "Et indsats-id må højst have 100 tegn") String initiativeId) {
}
