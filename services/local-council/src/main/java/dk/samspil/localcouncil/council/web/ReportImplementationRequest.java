package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ReportImplementationRequest(
        @NotNull(message = "Status skal udfyldes (PLANNED, IN_PROGRESS, DONE)") DecisionImplementationStatus status,
        @NotBlank(message = "Note skal udfyldes") @Size(max = 4000, message = "Noten må højst have 4000 tegn") String note) {
}
