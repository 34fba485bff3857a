package dk.samspil.municipality.fundingpool.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Amount in whole kroner. */
record OpenFundingPoolRequest(
        @NotNull(message = "Regnskabsår skal udfyldes")
        @Min(value = 2000, message = "Regnskabsåret skal ligge mellem 2000 og 2100")
        @Max(value = 2100, message = "Regnskabsåret skal ligge mellem 2000 og 2100") Integer accountingYear,
        @NotNull(message = "Beløb skal udfyldes")
        @Min(value = 0, message = "Beløbet kan ikke være negativt")
        @Max(value = 100_000_000, message = "Beløbet må højst være 100.000.000 kr.") Long amount) {
}
