package dk.samspil.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Repeated rows of a submitted form, named as the API names them ({@code figures[0].label}): only the rows the user
 * filled in are sent, so the service's refusal of its n-th row is moved back to the row the user typed it in.
 */
public record FormRows(String name, List<String> fields, List<Integer> filled) {

    public static FormRows of(Map<String, String> form, String name, int rows, String... fields) {
        List<String> rowFields = List.of(fields);
        Predicate<Integer> isFilled = row -> rowFields.stream()
                .anyMatch(field -> !form.getOrDefault(field(name, row, field), "").isBlank());
        return new FormRows(name, rowFields, IntStream.range(0, rows).boxed().filter(isFilled).toList());
    }

    /** Each filled row's values by field, blanks as null. */
    public List<Map<String, String>> values(Map<String, String> form) {
        return filled.stream().map(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            fields.forEach(field -> values.put(field, blankAsNull(form.get(field(name, row, field)))));
            return values;
        }).toList();
    }

    public FormErrors atTypedRows(FormErrors errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.summary().forEach(error -> byField.put(typedRow(error.getKey()), error.getValue()));
        return new FormErrors(byField, errors.general());
    }

    public static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String typedRow(String apiField) {
        for (int sent = 0; sent < filled.size(); sent++) {
            String prefix = name + "[" + sent + "]";
            if (apiField.startsWith(prefix)) {
                return name + "[" + filled.get(sent) + "]" + apiField.substring(prefix.length());
            }
        }
        return apiField;
    }

    private static String field(String name, int row, String field) {
        return name + "[" + row + "]." + field;
    }
}
