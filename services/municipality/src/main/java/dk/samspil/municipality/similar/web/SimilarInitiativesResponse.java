package dk.samspil.municipality.similar.web;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.similar.query.FindSimilarInitiativesQuery;
import dk.samspil.municipality.similar.query.SimilarInitiative;
import dk.samspil.municipality.similar.query.SimilarInitiatives;

import java.time.LocalDate;
import java.util.List;

/**
 * The search as it was understood ({@code query.words}: the text's words without stop words), the statuses left out
 * ({@code excluded}), and the hits, best first, each saying what it matched.
 */
record SimilarInitiativesResponse(Query query, List<InitiativeStatus> excluded, List<Hit> hits) {

    record Query(List<String> words, List<String> themes, TargetGroup targetGroup, KnowledgeBasedMethod method) {
    }

    record Hit(String initiativeId, String municipalityCode, String municipalityName, String name,
               InitiativeStatus status, String statusLabel, double score, SimilarInitiative.Matched matched,
               PreventionLevel preventionLevel, InitiativeScope scope, LocalDate startDate, LocalDate endDate,
               List<String> themes, Integer targetAgeFrom, Integer targetAgeTo, List<TargetGroup> targetGroups,
               List<KnowledgeBasedMethod> methods) {

        static Hit of(SimilarInitiative hit) {
            return new Hit(hit.initiativeId(), hit.municipalityCode(),
                    ReferenceData.instance().municipality(hit.municipalityCode()).name(), hit.name(), hit.status(),
                    hit.status().label(), hit.score(), hit.matched(), hit.preventionLevel(), hit.scope(),
                    hit.startDate(), hit.endDate(), hit.themes(), hit.targetAgeFrom(), hit.targetAgeTo(),
                    hit.targetGroups(), hit.methods());
        }
    }

    static SimilarInitiativesResponse of(FindSimilarInitiativesQuery query, SimilarInitiatives result) {
        return new SimilarInitiativesResponse(
                new Query(result.words(), query.themes(), query.targetGroup(), query.method()),
                List.copyOf(result.excluded()), result.hits().stream().map(Hit::of).toList());
    }
}
