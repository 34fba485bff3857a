package dk.samspil.web.municipality.concern.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.page.FormErrors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The refusal of the one step form that was posted; the page's other step forms show no errors. Several step forms
 * share field names (note), so each field's id on the page is the step's and the field's name, "opdatering-note".
 */
record StepErrors(String step, FormErrors errors) {

    static final StepErrors NONE = new StepErrors(null, FormErrors.NONE);

    static StepErrors of(ConcernStep step, ApiRefusedException refused) {
        FormErrors byApiField = FormErrors.of(refused);
        Map<String, String> byPageId = new LinkedHashMap<>();
        byApiField.summary().forEach(error -> byPageId.put(step.slug() + "-" + error.getKey(), error.getValue()));
        return new StepErrors(step.slug(), new FormErrors(byPageId, byApiField.general()));
    }

    public FormErrors of(String slug) {
        return slug.equals(step) ? errors : FormErrors.NONE;
    }
}
