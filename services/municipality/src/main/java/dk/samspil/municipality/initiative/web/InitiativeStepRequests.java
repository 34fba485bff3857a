package dk.samspil.municipality.initiative.web;

import dk.samspil.municipality.initiative.command.ActualAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the steps of an initiative's life. Dates left out mean today. */
final class InitiativeStepRequests {

    private InitiativeStepRequests() {
    }

    record Approval(@Size(max = 200, message = "Lokalområdet må højst have 200 tegn") String leaderGroupArea) {
    }

    record Reason(@NotBlank(message = "Begrundelsen skal udfyldes") @Size(max = 4000, message = "Begrundelsen må højst have 4000 tegn") String reason) {
    }

    record OptionalReason(@Size(max = 4000, message = "Begrundelsen må højst have 4000 tegn") String reason) {
    }

    record BudgetApproval(
            @NotNull(message = "Regnskabsåret skal udfyldes") @Min(value = 2000, message = "Regnskabsåret skal ligge mellem 2000 og 2100")
            @Max(value = 2100, message = "Regnskabsåret skal ligge mellem 2000 og 2100") Integer accountingYear,
            @Size(max = 4000, message = "Begrundelsen må højst have 4000 tegn") String overrideReason) {
    }

    record Activation(LocalDate activatedOn) {
    }

    record StatusReport(@NotBlank(message = "Statusrapporten skal have et indhold") @Size(max = 4000, message = "Statusrapporten må højst have 4000 tegn") String summary,
                        LocalDate reportedOn) {
    }

    record Resumption(LocalDate resumedOn) {
    }

    record Completion(
            @NotBlank(message = "Den endelige evaluering skal udfyldes") @Size(max = 4000, message = "Evalueringen må højst have 4000 tegn") String finalEvaluation,
            LocalDate completedOn,
            @NotEmpty(message = "Regnskabet skal have et faktisk beløb for hver budgetlinje") @Size(max = 50, message = "Højst 50 beløb")
            List<@Valid @NotNull(message = "Tomt beløb") ActualAmountRequest> actualAmounts) {

        List<ActualAmount> toActualAmounts() {
            return actualAmounts.stream().map(actual -> new ActualAmount(actual.heading().strip(), actual.amount())).toList();
        }
    }

    record ActualAmountRequest(
            @NotBlank(message = "Udgiftsposten skal udfyldes") @Size(max = 200, message = "Udgiftsposten må højst have 200 tegn") String heading,
            @NotNull(message = "Beløbet skal udfyldes") @PositiveOrZero(message = "Beløbet kan ikke være negativt")
            @Max(value = 100_000_000, message = "Beløbet må højst være 100.000.000 kr.") Long amount) {
    }
}
