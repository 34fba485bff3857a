package dk.samspil.web.municipality.application.web;

import dk.samspil.web.municipality.application.query.SimilarInitiativesResponse;
import dk.samspil.web.page.DanishFormats;

import java.util.ArrayList;
import java.util.List;

/** A similar initiative as the panel shows it: where it is, its read-only page, and why it was found. */
public record SimilarInitiative(String name, String href, String municipalityName, String statusLabel, String score,
                                List<String> reasons) {

    static SimilarInitiative of(SimilarInitiativesResponse.Hit hit, ApplicationChoices choices) {
        SimilarInitiativesResponse.Matched matched = hit.matched();
        List<String> reasons = new ArrayList<>();
        reason(reasons, "Samme ord", matched.words());
        reason(reasons, "Samme temaer", matched.themes());
        reason(reasons, "Samme målgruppe", matched.targetGroups().stream().map(choices::targetGroup).toList());
        reason(reasons, "Samme metode", matched.methods().stream().map(choices::method).toList());
        return new SimilarInitiative(hit.name(),
                "/kommuner/" + hit.municipalityCode() + "/indsatser/" + hit.initiativeId(), hit.municipalityName(),
                hit.statusLabel(), String.format(DanishFormats.DANISH, "%.2f", hit.score()), List.copyOf(reasons));
    }

    private static void reason(List<String> reasons, String heading, List<String> matched) {
        if (!matched.isEmpty()) {
            reasons.add(heading + ": " + String.join(", ", matched));
        }
    }
}
