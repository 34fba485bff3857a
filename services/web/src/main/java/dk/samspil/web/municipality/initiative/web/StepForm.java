package dk.samspil.web.municipality.initiative.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.page.FormErrors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step's form as the browser posted it: the JSON body for the service, or the fields the web could not read
 * (a date or an amount) — those are shown at their field and never sent. A refusal by the service is placed at the
 * step form's field it names; a field the form does not have (the submission's "goals", say) at the form itself.
 * <p>
 * The completion form has one line per budget line: {@code heading-0}, {@code amount-0}, …
 */
public record StepForm(InitiativeStep step, MultiValueMap<String, String> entered) {

    private static final Pattern LINE_FIELD = Pattern.compile("^actualAmounts\\[(\\d+)]");
    private static final Pattern WHOLE_KRONER = Pattern.compile("-?\\d+");
    private static final int MAXIMUM_LINES = 50;

    public StepForm {
        LinkedMultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        entered.forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                copy.put(name, List.copyOf(values));
            }
        });
        entered = copy;
    }

    /** The body the service expects, or the fields the web could not read. */
    public Body body() {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String field : step.fields()) {
            switch (field) {
                case "activatedOn", "reportedOn", "resumedOn", "completedOn" -> {
                    String date = text(field);
                    if (date != null) {
                        try {
                            body.put(field, LocalDate.parse(date).toString());
                        } catch (DateTimeParseException notADate) {
                            unreadable.put(step.id(field), "Skriv datoen som åååå-mm-dd, fx 2026-06-30.");
                        }
                    }
                }
                case "accountingYear" -> {
                    String year = text(field);
                    if (year != null && !year.matches("\\d{4}")) {
                        unreadable.put(step.id(field), "Skriv regnskabsåret med fire cifre, fx 2026.");
                    } else {
                        body.put(field, year == null ? null : Integer.valueOf(year));
                    }
                }
                case "actualAmounts" -> body.put(field, actualAmounts(unreadable));
                default -> body.put(field, text(field));
            }
        }
        body.values().removeIf(java.util.Objects::isNull);
        return new Body(body, unreadable.isEmpty() ? FormErrors.NONE : new FormErrors(unreadable, null));
    }

    /** The service's refusal, by the ids of this form's fields. */
    public FormErrors errorsOf(ApiRefusedException.Problem problem) {
        Map<String, String> byId = new LinkedHashMap<>();
        Map<String, String> byField = problem.fieldMessages();
        byField.forEach((field, message) -> {
            String id = idOf(field);
            byId.merge(id, message == null ? "Feltet kan ikke bruges." : message, (first, more) -> first + " " + more);
        });
        if (byId.isEmpty()) {
            String detail = problem.detail();
            byId.put(step.slug(), detail != null ? detail : "Trinnet kunne ikke gennemføres.");
        }
        return new FormErrors(byId, null);
    }

    /** What the user typed in a field of this form; {@code fallback} when the form was not posted with it. */
    public String value(String name, String fallback) {
        return entered.containsKey(name) ? entered.getFirst(name) : fallback;
    }

    private String idOf(String field) {
        if (field == null) {
            return step.slug();
        }
        Matcher line = LINE_FIELD.matcher(field);
        if (line.find() && step.fields().contains("actualAmounts")) {
            return step.id("actualAmounts-" + line.group(1));
        }
        return step.fields().contains(field) ? step.id(field) : step.slug();
    }

    private List<Map<String, Object>> actualAmounts(Map<String, String> unreadable) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int index = 0; index < MAXIMUM_LINES && entered.containsKey("heading-" + index); index++) {
            String heading = entered.getFirst("heading-" + index);
            String amount = text("amount-" + index);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("heading", heading);
            if (amount == null) {
                line.put("amount", null);
            } else {
                Long kroner = kroner(amount);
                if (kroner == null) {
                    unreadable.put(step.id("actualAmounts-" + index),
                            "Skriv beløbet for '" + heading + "' i hele kroner, fx 15000 eller 15.000.");
                }
                line.put("amount", kroner);
            }
            lines.add(line);
        }
        return lines;
    }

    /** "15000", "15.000", "15 000 kr." or "15.000,00" as whole kroner; null when it is no amount in whole kroner. */
    static Long kroner(String amount) {
        String digits = amount.replace('\u00a0', ' ').replace(" ", "").replaceFirst("(?i)kr\\.?$", "")
                .replaceFirst(",(00|-)$", "").replace(".", "");
        if (!WHOLE_KRONER.matcher(digits).matches() || digits.length() > 15) {
            return null;
        }
        return Long.valueOf(digits);
    }

    private String text(String name) {
        String value = entered.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The JSON body, and what the web could not read (then nothing is sent). */
    public record Body(Map<String, Object> json, FormErrors unreadable) {
    }
}
