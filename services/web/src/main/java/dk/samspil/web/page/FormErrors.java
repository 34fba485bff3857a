package dk.samspil.web.page;

import dk.samspil.web.api.ApiRefusedException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service refused in a submitted form, by field (the API's field names, which are also the form fields' names
 * and ids), for the error summary at the top and the message at each field (DKFDS's pattern). {@code general} is a
 * refusal that names no field.
 */
public record FormErrors(Map<String, String> byField, String general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    public FormErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FormErrors of(ApiRefusedException refused) {
        Map<String, String> byField = refused.problem().fieldMessages();
        String general = byField.isEmpty()
                ? (refused.problem().detail() != null ? refused.problem().detail() : "Det kunne ikke gemmes.")
                : null;
        return new FormErrors(new LinkedHashMap<>(byField), general);
    }

    public static FormErrors field(String field, String message) {
        return new FormErrors(Map.of(field, message), null);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    /** The summary's lines: each field with its message, in the service's order. */
    public List<Map.Entry<String, String>> summary() {
        return List.copyOf(byField.entrySet());
    }
}
