package dk.samspil.districtcouncil.council.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

record AssignmentRequest(
        @NotEmpty(message = "Angiv mindst ét lokalråd")
        @Size(max = 100, message = "Højst 100 lokalråd") List<@NotBlank(message = "Lokalråd skal udfyldes") String> localCouncilIds) {
}
