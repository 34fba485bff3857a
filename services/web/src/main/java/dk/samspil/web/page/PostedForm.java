package dk.samspil.web.page;

import dk.samspil.web.api.ApiRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One of the several step forms of a page, as the browser posted it. The form has an id on the page
 * ({@code modtagelse-g-1}) and names each of its fields {@code <form id>-<API field>}
 * ({@code modtagelse-g-1-boardMandate.reference}), so no two forms on a page share a field and the shared fragments
 * ({@code fragments/form}) serve them as they are. {@code errors} are by those names; a refusal that names no field of
 * the form is at the form's id.
 */
public record PostedForm(String id, MultiValueMap<String, String> typed, FormErrors errors) {

    /** No form was posted: every step form shows empty. */
    public static final PostedForm NONE = new PostedForm("", new LinkedMultiValueMap<>(), FormErrors.NONE);

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,15}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The fields of the form {@code id} among those posted (the CSRF token is not one). */
    public static PostedForm of(String id, MultiValueMap<String, String> posted) {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        posted.forEach((name, values) -> {
            if (name.startsWith(id + "-")) {
                typed.put(name, List.copyOf(values));
            }
        });
        return new PostedForm(id, typed, FormErrors.NONE);
    }

    /**
     * Sends the form's body with {@code send}, which answers where to go then (Post-Redirect-Get). When the web cannot
     * read a field, or the service refuses a field (400, 422, or a conflict that names a field), {@code again} shows the
     * page with this form, what was typed and the errors; a conflict with the state the page showed (409) shows the page
     * as it stands now with the service's explanation as the model's {@code conflict}. Any other refusal is the Danish
     * error page.
     */
    public String submit(List<FormField> fields, Function<Map<String, Object>, String> send,
                         Function<PostedForm, String> again, Model model, HttpServletResponse response) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Map<String, Object> body = body(fields, unreadable);
        if (!unreadable.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return again.apply(withErrors(new FormErrors(unreadable, null)));
        }
        try {
            return send.apply(body);
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            response.setStatus(refusal.status().value());
            if (refusal.isConflict() && refused.problem().field() == null) {
                model.addAttribute("conflict", refusal.conflict());
                return again.apply(NONE);
            }
            return again.apply(withErrors(errorsOf(refused.problem(), fields)));
        }
    }

    /** What was typed in a field of this form; {@code fallback} for the fields of the page's other forms. */
    public String value(String name, Object fallback) {
        if (name.startsWith(id + "-") && !id.isEmpty()) {
            String typedValue = typed.getFirst(name);
            return typedValue == null ? "" : typedValue;
        }
        return fallback == null ? "" : fallback.toString();
    }

    /** The values ticked in a field of this form (none for the page's other forms). */
    public List<String> values(String name) {
        return typed.getOrDefault(name, List.of());
    }

    private PostedForm withErrors(FormErrors refused) {
        return new PostedForm(id, typed, refused);
    }

    /** The JSON body by the API's names, without the fields left empty; what cannot be read goes to {@code unreadable}. */
    private Map<String, Object> body(List<FormField> fields, Map<String, String> unreadable) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (FormField field : fields) {
            String name = fieldName(field.name());
            Object value = switch (field.kind()) {
                case TEXT -> text(name);
                case LIST -> values(name).stream().filter(entry -> !entry.isBlank()).toList();
                case KRONER -> number(name, WHOLE_NUMBER, "Skriv beløbet i hele kroner, fx 15000 eller 15.000.",
                        unreadable);
                case YEAR -> number(name, YEAR, "Skriv året med fire cifre, fx 2026.", unreadable);
            };
            if (value != null) {
                put(body, field.name(), value);
            }
        }
        return body;
    }

    private FormErrors errorsOf(ApiRefusedException.Problem problem, List<FormField> fields) {
        Map<String, String> byName = new LinkedHashMap<>();
        problem.fieldMessages().forEach((apiField, message) -> {
            String name = fields.stream().filter(field -> field.names(apiField)).findFirst()
                    .map(field -> fieldName(field.name())).orElse(id);
            byName.merge(name, message == null ? "Feltet kan ikke bruges." : message,
                    (first, more) -> first + " " + more);
        });
        if (byName.isEmpty()) {
            byName.put(id, problem.detail() != null ? problem.detail() : "Trinnet kunne ikke gennemføres.");
        }
        return new FormErrors(byName, null);
    }

    private String fieldName(String apiField) {
        return id + "-" + apiField;
    }

    private String text(String name) {
        String value = typed.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "15000", "15.000", "15 000 kr." and "15.000,00" are 15000; null for an empty field. */
    private Long number(String name, Pattern expected, String hint, Map<String, String> unreadable) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String digits = value.replace('\u00a0', ' ').replace(" ", "").replaceFirst("(?i)kr\\.?$", "")
                .replaceFirst(",(00|-)$", "").replace(".", "");
        if (!expected.matcher(digits).matches()) {
            unreadable.put(name, hint);
            return null;
        }
        return Long.valueOf(digits);
    }

    /** {@code boardMandate.reference} is the field {@code reference} of the object {@code boardMandate}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String apiField, Object value) {
        int dot = apiField.indexOf('.');
        if (dot < 0) {
            body.put(apiField, value);
            return;
        }
        Map<String, Object> nested = (Map<String, Object>) body.computeIfAbsent(apiField.substring(0, dot),
                key -> new LinkedHashMap<String, Object>());
        put(nested, apiField.substring(dot + 1), value);
    }
}
