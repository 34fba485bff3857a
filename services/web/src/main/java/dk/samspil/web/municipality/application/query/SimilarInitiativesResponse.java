package dk.samspil.web.municipality.application.query;

import java.util.List;

/**
 * {@code GET /api/initiatives/similar}: the hits from all 98 municipalities, best first, each with its score and
 * what of the search it matched (words, themes, and the target group and method codes).
 */
public record SimilarInitiativesResponse(List<Hit> hits) {

    public record Hit(String initiativeId, String municipalityCode, String municipalityName, String name,
                      String statusLabel, double score, Matched matched) {
    }

    public record Matched(List<String> words, List<String> themes, List<String> targetGroups, List<String> methods) {
    }
}
