package dk.samspil.municipality.similar.query;

import dk.samspil.contracts.municipality.InitiativeStatus;

import java.util.List;
import java.util.Set;

/**
 * The answer to a {@link FindSimilarInitiativesQuery}: the words the text was searched by (stop words dropped), the
 * statuses left out, and the hits, best first.
 */
public record SimilarInitiatives(List<String> words, Set<InitiativeStatus> excluded, List<SimilarInitiative> hits) {
}
