package dk.samspil.municipality.similar.query;

import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.TargetGroup;

import java.util.List;
import java.util.stream.Stream;

/**
 * Initiatives like this one, from every municipality: free text (words of name and goals), themes, a target group
 * and a method, each optional; the {@code limit} best hits.
 */
public record FindSimilarInitiativesQuery(String text, List<String> themes, TargetGroup targetGroup,
                                          KnowledgeBasedMethod method, int limit) {

    public FindSimilarInitiativesQuery {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** False when nothing is left to search by, e.g. a text of stop words only. */
    public boolean hasCriteria() {
        return !terms().isEmpty();
    }

    List<Term> terms() {
        return Stream.of(Term.words(text),
                        themes.stream().flatMap(Term::theme),
                        Stream.ofNullable(targetGroup).map(Term::targetGroup),
                        Stream.ofNullable(method).map(Term::method))
                .flatMap(terms -> terms)
                .toList();
    }
}
