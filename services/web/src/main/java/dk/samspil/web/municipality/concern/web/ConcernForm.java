package dk.samspil.web.municipality.concern.web;

import dk.samspil.platform.cpr.CprNumbers;
import dk.samspil.web.municipality.concern.query.ConcernCommands;

import java.util.List;

/** The form raising a concern, as the browser posted it; the area is the municipalities and districts it touches. */
record ConcernForm(String title, String description, List<String> themes, String severity,
                   List<String> municipalityCodes, List<String> districtCodes, String observedOn) {

    static final ConcernForm EMPTY = new ConcernForm(null, null, List.of(), null, List.of(), List.of(), null);

    ConcernForm {
        themes = themes == null ? List.of() : themes;
        municipalityCodes = municipalityCodes == null ? List.of() : municipalityCodes;
        districtCodes = districtCodes == null ? List.of() : districtCodes;
    }

    ConcernCommands.Raise command() {
        return new ConcernCommands.Raise(title, description, themes, blankAsNull(severity), municipalityCodes,
                districtCodes, blankAsNull(observedOn));
    }

    /** The form to show again after a refusal: a text holding a CPR number is emptied, never shown back. */
    ConcernForm withoutCprNumbers() {
        return new ConcernForm(withoutCprNumber(title), withoutCprNumber(description), themes, severity,
                municipalityCodes, districtCodes, observedOn);
    }

    static String withoutCprNumber(String text) {
        return text != null && CprNumbers.containsCprNumber(text) ? null : text;
    }

    static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
