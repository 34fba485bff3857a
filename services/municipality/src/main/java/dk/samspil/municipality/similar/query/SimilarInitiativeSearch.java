package dk.samspil.municipality.similar.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds initiatives like a query in the read model of {@link SimilarInitiativeProjection}, by {@code _id} lookups
 * only: the query's terms are fetched from the inverted index in one {@code $in}, every initiative listed there is a
 * candidate, and the best candidates are fetched, a batch at a time, until {@code limit} of them are in a status
 * worth showing.
 *
 * <p>A candidate scores, for each query term it has, the term kind's weight times the term's rarity,
 * {@code ln(1 + initiatives / initiatives with the term)}: a word every application uses ("unge") counts for little.
 */
@Component
public class SimilarInitiativeSearch {

    /** Drafts are not settled yet, rejected and withdrawn initiatives are not what anyone should copy. */
    public static final Set<InitiativeStatus> EXCLUDED =
            Collections.unmodifiableSet(EnumSet.of(InitiativeStatus.DRAFT, InitiativeStatus.REJECTED,
                    InitiativeStatus.WITHDRAWN));
    private static final int MIN_BATCH = 20;

    private final MongoCollection<Document> initiatives;
    private final MongoCollection<Document> terms;

    public SimilarInitiativeSearch(MongoDatabase readModelDatabase) {
        this.initiatives = readModelDatabase.getCollection(SimilarInitiativeProjection.INITIATIVES);
        this.terms = readModelDatabase.getCollection(SimilarInitiativeProjection.TERMS);
    }

    public SimilarInitiatives handle(FindSimilarInitiativesQuery query) {
        List<Term> asked = query.terms();
        Map<String, List<Term>> askedById = asked.stream()
                .collect(Collectors.groupingBy(Term::id, LinkedHashMap::new, Collectors.toList()));
        List<Candidate> ranked = rank(askedById);
        List<SimilarInitiative> hits = new ArrayList<>();
        int batch = Math.max(MIN_BATCH, 2 * query.limit());
        for (int from = 0; from < ranked.size() && hits.size() < query.limit(); from += batch) {
            List<Candidate> candidates = ranked.subList(from, Math.min(ranked.size(), from + batch));
            Map<String, Document> documents = initiatives
                    .find(Filters.in("_id", candidates.stream().map(Candidate::initiativeId).toList()))
                    .into(new ArrayList<>()).stream()
                    .collect(Collectors.toMap(document -> document.getString("_id"), Function.identity()));
            for (Candidate candidate : candidates) {
                Document document = documents.get(candidate.initiativeId());
                if (hits.size() < query.limit() && document != null && !EXCLUDED.contains(statusOf(document))) {
                    hits.add(hit(document, candidate, asked));
                }
            }
        }
        List<String> words = asked.stream().filter(term -> term.kind() == Term.Kind.WORD).map(Term::label).toList();
        return new SimilarInitiatives(words, EXCLUDED, hits);
    }

    private List<Candidate> rank(Map<String, List<Term>> askedById) {
        double total = Math.max(1, initiatives.estimatedDocumentCount());
        Map<String, Candidate> candidates = new HashMap<>();
        for (Document entry : terms.find(Filters.in("_id", askedById.keySet()))) {
            List<String> listed = entry.getList(SimilarInitiativeProjection.INITIATIVE_IDS, String.class, List.of());
            if (listed.isEmpty()) {
                continue;
            }
            List<Term> matched = askedById.get(entry.getString("_id"));
            double weight = matched.get(0).kind().weight() * Math.log(1 + total / listed.size());
            for (String initiativeId : listed) {
                candidates.computeIfAbsent(initiativeId, Candidate::new).add(weight, matched);
            }
        }
        return candidates.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::initiativeId))
                .toList();
    }

    private static SimilarInitiative hit(Document document, Candidate candidate, List<Term> asked) {
        return new SimilarInitiative(document.getString("_id"), document.getString("municipalityCode"),
                document.getString("name"), statusOf(document), Math.round(candidate.score() * 100) / 100.0,
                new SimilarInitiative.Matched(candidate.labels(asked, Term.Kind.WORD),
                        candidate.labels(asked, Term.Kind.THEME), candidate.labels(asked, Term.Kind.TARGET_GROUP),
                        candidate.labels(asked, Term.Kind.METHOD)),
                enumOf(PreventionLevel.class, document.getString("preventionLevel")),
                enumOf(InitiativeScope.class, document.getString("scope")),
                dateOf(document.getString("startDate")), dateOf(document.getString("endDate")),
                document.getList("themes", String.class, List.of()),
                document.getInteger("targetAgeFrom"), document.getInteger("targetAgeTo"),
                enumsOf(TargetGroup.class, document.getList("targetGroups", String.class, List.of())),
                enumsOf(KnowledgeBasedMethod.class, document.getList("methods", String.class, List.of())));
    }

    private static <E extends Enum<E>> List<E> enumsOf(Class<E> type, List<String> names) {
        return names.stream().map(name -> enumOf(type, name)).toList();
    }

    private static InitiativeStatus statusOf(Document document) {
        return InitiativeStatus.valueOf(document.getString("status"));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate dateOf(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    /** An initiative some query term lists, its score so far and the query terms it has. */
    private static final class Candidate {
        private final String initiativeId;
        private final Set<Term> matched = new HashSet<>();
        private double score;

        Candidate(String initiativeId) {
            this.initiativeId = initiativeId;
        }

        void add(double weight, List<Term> terms) {
            score += weight;
            matched.addAll(terms);
        }

        String initiativeId() {
            return initiativeId;
        }

        double score() {
            return score;
        }

        /** The labels of the matched terms of one kind, in the order the query asked for them. */
        List<String> labels(List<Term> asked, Term.Kind kind) {
            return asked.stream()
                    .filter(term -> term.kind() == kind && matched.contains(term))
                    .map(Term::label)
                    .toList();
        }
    }
}
