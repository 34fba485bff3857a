package dk.samspil.web.municipality.concern.web;

import java.util.List;

import static dk.samspil.web.municipality.concern.web.ConcernForm.blankAsNull;
import static dk.samspil.web.municipality.concern.web.ConcernForm.withoutCprNumber;

/** The fields of a concern's step forms; each step uses its own (see {@link ConcernStep}). */
record StepForm(String note, String severity, List<String> districtCodes, String reason, String resolution) {

    static final StepForm EMPTY = new StepForm(null, null, List.of(), null, null);

    StepForm {
        districtCodes = districtCodes == null ? List.of() : districtCodes;
        severity = blankAsNull(severity);
    }

    /** The form to show again after a refusal: a text holding a CPR number is emptied, never shown back. */
    StepForm withoutCprNumbers() {
        return new StepForm(withoutCprNumber(note), severity, districtCodes, withoutCprNumber(reason),
                withoutCprNumber(resolution));
    }
}
