package dk.samspil.municipality.similar.query;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;

import java.time.LocalDate;
import java.util.List;

/** One hit of the similar-initiative search, with its score and what of the query it matched. */
public record SimilarInitiative(String initiativeId, String municipalityCode, String name, InitiativeStatus status,
                                double score, Matched matched, PreventionLevel preventionLevel, InitiativeScope scope,
                                LocalDate startDate, LocalDate endDate, List<String> themes, Integer targetAgeFrom,
                                Integer targetAgeTo, List<TargetGroup> targetGroups,
                                List<KnowledgeBasedMethod> methods) {

    /** The query's words, themes, target groups and methods this initiative has too, as the query wrote them. */
    public record Matched(List<String> words, List<String> themes, List<String> targetGroups, List<String> methods) {
    }
}
