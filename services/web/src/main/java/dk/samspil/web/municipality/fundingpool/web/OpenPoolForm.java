package dk.samspil.web.municipality.fundingpool.web;

import dk.samspil.web.municipality.fundingpool.query.FundingPoolClient;
import dk.samspil.web.page.FormErrors;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form opening a year's pool, as typed. The amount reads the Danish way ("300000", "300.000", "300 000 kr.");
 * a year or an amount the web cannot read is shown at its field and never sent.
 */
record OpenPoolForm(String accountingYear, String amount) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE_KRONER = Pattern.compile("\\d{1,15}|\\d{1,3}(\\.\\d{3}){1,4}");

    static OpenPoolForm forYear(int year) {
        return new OpenPoolForm(String.valueOf(year), "");
    }

    Optional<Integer> year() {
        String typed = accountingYear == null ? "" : accountingYear.strip();
        return YEAR.matcher(typed).matches() ? Optional.of(Integer.valueOf(typed)) : Optional.empty();
    }

    Optional<Long> kroner() {
        String typed = amount == null ? "" : amount.replace('\u00a0', ' ').replace(" ", "")
                .toLowerCase(Locale.ROOT).replaceFirst("kr\\.?$", "").replaceFirst(",(00|-)$", "");
        return WHOLE_KRONER.matcher(typed).matches() ? Optional.of(Long.valueOf(typed.replace(".", "")))
                : Optional.empty();
    }

    FormErrors unreadable() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (year().isEmpty()) {
            errors.put("accountingYear", "Skriv regnskabsåret som et årstal, fx 2027.");
        }
        if (kroner().isEmpty()) {
            errors.put("amount", "Skriv puljens beløb i hele kroner, fx 300000 eller 300.000.");
        }
        return errors.isEmpty() ? FormErrors.NONE : new FormErrors(errors, null);
    }

    /** Only for a form without {@link #unreadable()} fields. */
    FundingPoolClient.OpenPool command() {
        return new FundingPoolClient.OpenPool(year().orElseThrow(), kroner().orElseThrow());
    }
}
