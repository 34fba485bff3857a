package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.contracts.reference.UnknownThemeException;
import dk.samspil.platform.web.ApiProblem;

import java.util.List;

/** Reads vocabulary values of a request; a value outside the vocabulary is a 422 naming the field and the value. */
final class RequestValues {

    private RequestValues() {
    }

    static Theme theme(String value, String field) {
        try {
            return Theme.parse(value);
        } catch (UnknownThemeException e) {
            throw ApiProblem.unprocessable(field, e.getMessage()).with("value", value);
        }
    }

    static List<Theme> themes(List<String> values, String field) {
        return values.stream().map(value -> theme(value, field)).distinct().toList();
    }

    /** Canonical 4-digit codes, each once. */
    static List<String> municipalityCodes(List<String> values, String field) {
        return values.stream().map(value -> {
            try {
                return ReferenceData.instance().municipality(value).code();
            } catch (UnknownMunicipalityException e) {
                throw ApiProblem.unprocessable(field, e.getMessage()).with("value", value);
            }
        }).distinct().toList();
    }
}
