package dk.samspil.web.national.gathering.web;

import dk.samspil.web.page.FormErrors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The participants per municipality typed into the "held" form: fields {@code participants.<kommunekode>}, empty
 * meaning nobody came. What was typed is kept for showing the form again.
 */
record ParticipantCounts(Map<String, Integer> byMunicipality, Map<String, String> typed, FormErrors errors) {

    static final String PREFIX = "participants.";

    static ParticipantCounts of(Map<String, String> fields) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || value.isBlank()) {
                return;
            }
            String kommunekode = name.substring(PREFIX.length());
            typed.put(kommunekode, value);
            try {
                int count = Integer.parseInt(value.strip());
                if (count < 0) {
                    errors.put(name, "Antallet kan ikke være negativt");
                } else if (count > 0) {
                    counts.put(kommunekode, count);
                }
            } catch (NumberFormatException notANumber) {
                errors.put(name, "Skriv antallet som et helt tal");
            }
        });
        return new ParticipantCounts(counts, typed,
                errors.isEmpty() ? FormErrors.NONE : new FormErrors(errors, null));
    }
}
