package dk.samspil.municipality.similar.query;

import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.TargetGroup;

import java.util.stream.Stream;

/**
 * One thing an initiative can be found by. Its {@link #id()} is the {@code _id} of its document in the inverted
 * index; {@code label} is how a query wrote it, shown back when it matched.
 */
record Term(Kind kind, String key, String label) {

    /**
     * What kind of overlap a term is, with its weight: a shared theme says more than a shared word, and a target
     * group (three in all, most initiatives aim at children and young people) says little.
     */
    enum Kind {
        WORD("", 1.0), THEME("theme:", 2.0), TARGET_GROUP("group:", 0.5), METHOD("method:", 1.5);

        private final String prefix;
        private final double weight;

        Kind(String prefix, double weight) {
            this.prefix = prefix;
            this.weight = weight;
        }

        double weight() {
            return weight;
        }
    }

    String id() {
        return kind.prefix + key;
    }

    /** The words of a free text (name, goal or query). */
    static Stream<Term> words(String text) {
        return DanishText.words(text).stream().map(word -> new Term(Kind.WORD, word.stem(), word.text()));
    }

    /** A theme, as a phrase of stems; nothing if it has no searchable word. */
    static Stream<Term> theme(String theme) {
        String key = DanishText.phrase(theme);
        return key.isEmpty() ? Stream.empty() : Stream.of(new Term(Kind.THEME, key, theme.trim()));
    }

    static Term targetGroup(TargetGroup group) {
        return new Term(Kind.TARGET_GROUP, group.name(), group.name());
    }

    static Term method(KnowledgeBasedMethod method) {
        return new Term(Kind.METHOD, method.name(), method.name());
    }
}
