package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.reference.Theme;
import dk.samspil.contracts.reference.UnknownThemeException;
import dk.samspil.platform.web.ApiProblem;

/** Reads a theme of a request; an unknown one is a 422 naming the field and the value. */
final class RequestThemes {

    private RequestThemes() {
    }

    static Theme parse(String value, String field) {
        try {
            return Theme.parse(value);
        } catch (UnknownThemeException e) {
            throw ApiProblem.unprocessable(field, e.getMessage()).with("value", e.value());
        }
    }
}
