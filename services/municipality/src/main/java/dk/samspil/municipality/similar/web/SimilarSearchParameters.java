package dk.samspil.municipality.similar.web;

import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.municipality.similar.query.FindSimilarInitiativesQuery;
import dk.samspil.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the query parameters of the search; anything out of bounds is a 400 problem naming the parameter. */
final class SimilarSearchParameters {

    static final int MAX_TEXT = 500;
    static final int MAX_THEMES = 20;
    static final int MAX_THEME = 200;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private SimilarSearchParameters() {
    }

    static FindSimilarInitiativesQuery query(String text, List<String> themes, String targetGroup, String method,
                                             String limit) {
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid("text", "Teksten må højst have " + MAX_TEXT + " tegn");
        }
        List<String> themeList = themes == null ? List.of()
                : themes.stream().map(String::trim).filter(theme -> !theme.isEmpty()).toList();
        if (themeList.size() > MAX_THEMES) {
            throw invalid("themes", "Højst " + MAX_THEMES + " temaer");
        }
        if (themeList.stream().anyMatch(theme -> theme.length() > MAX_THEME)) {
            throw invalid("themes", "Et tema må højst have " + MAX_THEME + " tegn");
        }
        FindSimilarInitiativesQuery query = new FindSimilarInitiativesQuery(text, themeList,
                enumOf(TargetGroup.class, "targetGroup", targetGroup),
                enumOf(KnowledgeBasedMethod.class, "method", method), limitOf(limit));
        if (!query.hasCriteria()) {
            throw invalid("text",
                    "Angiv noget at søge efter: tekst (ikke kun fyldord), temaer, målgruppe eller metode");
        }
        return query;
    }

    private static int limitOf(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw invalid("limit", "limit skal være et helt tal fra 1 til " + MAX_LIMIT + ": " + limit);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw invalid(parameter, "Ukendt værdi '" + value + "'; tilladt: " + String.join(", ", allowed))
                    .with("allowed", allowed);
        }
    }

    private static ApiProblem invalid(String parameter, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", detail).with("field", parameter);
    }
}
