package dk.samspil.localcouncil.council.query;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;

import java.util.List;

/** Reading stored codes back as values with their Danish labels. */
final class Labelled {

    private Labelled() {
    }

    static List<Theme> themes(List<String> names) {
        return names.stream().map(Theme::valueOf).toList();
    }

    static List<String> labels(List<Theme> themes) {
        return themes.stream().map(Theme::label).toList();
    }

    static List<String> names(List<Theme> themes) {
        return themes.stream().map(Theme::name).toList();
    }

    static List<Municipality> municipalities(List<String> codes) {
        return codes.stream().map(ReferenceData.instance()::municipality).toList();
    }
}
